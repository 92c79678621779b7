/**
 * The tables and views SQL can see — the published tables and the user's imports — with their
 * columns and DuckDB types, for the console's schema panel. Views named after a published table
 * are marked `published`; every other table or view is the user's.
 */
import { TABLE_NAMES } from '$lib/data/schema';
import type { SqlConnection } from '../arrowLike';
import { queryRows } from '../queryRows';

export interface SchemaColumn {
	name: string;
	type: string;
}

export interface SchemaTable {
	/** How to refer to it in SQL: `observations`, or `schema.name` outside `main`. */
	name: string;
	origin: 'published' | 'yours';
	columns: SchemaColumn[];
}

interface ColumnRow {
	schema_name: string;
	table_name: string;
	column_name: string;
	data_type: string;
	is_view: boolean;
}

export const LIST_SCHEMA_SQL = `
SELECT c.schema_name, c.table_name, c.column_name, c.data_type,
       EXISTS (SELECT 1 FROM duckdb_views() v
               WHERE v.database_name = c.database_name AND v.schema_name = c.schema_name
                 AND v.view_name = c.table_name) AS is_view
FROM duckdb_columns() c
WHERE c.database_name IN (current_database(), 'temp') AND NOT c.internal
ORDER BY c.schema_name <> 'main', c.schema_name, c.table_name, c.column_index`;

export async function listSchema(conn: SqlConnection): Promise<SchemaTable[]> {
	const rows = await queryRows<ColumnRow>(conn, LIST_SCHEMA_SQL);
	const tables = new Map<string, SchemaTable>();
	for (const row of rows) {
		const name = row.schema_name === 'main' ? row.table_name : `${row.schema_name}.${row.table_name}`;
		let table = tables.get(name);
		if (!table) {
			const published = row.is_view && row.schema_name === 'main' && (TABLE_NAMES as string[]).includes(row.table_name);
			table = { name, origin: published ? 'published' : 'yours', columns: [] };
			tables.set(name, table);
		}
		table.columns.push({ name: row.column_name, type: row.data_type });
	}
	return [...tables.values()].sort((a, b) => Number(a.origin === 'yours') - Number(b.origin === 'yours'));
}
