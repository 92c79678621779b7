/**
 * Writes the DuckDB database file the browser attaches read-only over HTTP range requests: one
 * table per data table, column types from datapackage.json, followed by the columns the build derives
 * (period start and end, the year a period ends). Storage version v1.0.0 so that
 * DuckDB-WASM 1.32 (DuckDB 1.4.3) can read a file written by the newer node-api.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { resourceFor } from '../../src/lib/data/datapackage';
import { DERIVED_FIELDS } from '../../src/lib/data/deriveRows';
import { TABLE_NAMES, type Tables } from '../../src/lib/data/schema';
import { createTable, insertRows, sqlColumns } from './sqlColumns';

export async function writeDatabase(tables: Tables, path: string): Promise<void> {
	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	try {
		await conn.run(`ATTACH '${path.replaceAll("'", "''")}' AS out (STORAGE_VERSION 'v1.0.0')`);
		for (const name of TABLE_NAMES) {
			const columns = sqlColumns([...resourceFor(name).schema.fields, ...(DERIVED_FIELDS[name] ?? [])]);
			await createTable(conn, `out.${name}`, columns);
			await insertRows(conn, `out.${name}`, columns, tables[name]);
		}
		await conn.run('DETACH out'); // checkpoints: the file is complete, no .wal left beside it
	} finally {
		conn.closeSync();
		instance.closeSync();
	}
}
