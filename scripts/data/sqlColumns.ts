/**
 * Table Schema fields → DuckDB column definitions and a row inserter, so the database file's
 * column types come from data/datapackage.json like everything else.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Field, FieldType } from '../../src/lib/data/tableSchema';

export interface SqlColumn {
	name: string;
	type: string;
	notNull: boolean;
}

const SQL_TYPES: Record<FieldType, string> = {
	string: 'VARCHAR',
	integer: 'INTEGER',
	number: 'DOUBLE',
	boolean: 'BOOLEAN',
	date: 'DATE'
};

export function sqlColumns(fields: Field[]): SqlColumn[] {
	return fields.map((f) => ({ name: f.name, type: SQL_TYPES[f.type], notNull: f.constraints?.required === true }));
}

export const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

export async function createTable(conn: DuckDBConnection, table: string, columns: SqlColumn[]): Promise<void> {
	const defs = columns.map((c) => `${quote(c.name)} ${c.type}${c.notNull ? ' NOT NULL' : ''}`);
	await conn.run(`CREATE TABLE ${table} (${defs.join(', ')})`);
}

/** Inserts in array order (DuckDB keeps insertion order for a plain scan). */
export async function insertRows(conn: DuckDBConnection, table: string, columns: SqlColumn[], rows: object[]): Promise<void> {
	// Parameters bind as JS types (numbers as DOUBLE); the casts give each column its own type.
	const params = columns.map((c, i) => `CAST($${i + 1} AS ${c.type})`);
	const statement = await conn.prepare(`INSERT INTO ${table} VALUES (${params.join(', ')})`);
	for (const row of rows) {
		const record = row as Record<string, string | number | boolean | string[] | null>;
		// A list (an event's source_ids) is stored as the CSV writes it: space-separated.
		statement.bind(columns.map((c) => {
			const value = record[c.name] ?? null;
			return Array.isArray(value) ? value.join(' ') : value;
		}));
		await statement.run();
	}
	statement.destroySync();
}
