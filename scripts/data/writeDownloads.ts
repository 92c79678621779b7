/**
 * Writes `observations.csv` and `observations.parquet` (observations with their sources joined in)
 * for researchers. Parquet comes from DuckDB's writer; the CSV from the site's one CSV writer
 * (`writeCsv`: numbers as JS prints them, empty cells for missing values, formula-safe text).
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeCsv } from '../../src/lib/data/csv/writeCsv';
import { resourceFor } from '../../src/lib/data/datapackage';
import { DERIVED_FIELDS } from '../../src/lib/data/deriveRows';
import type { Tables } from '../../src/lib/data/schema';
import { downloadRows, SOURCE_FIELDS } from './downloadRows';
import { createTable, insertRows, sqlColumns } from './sqlColumns';

export async function writeDownloads(tables: Tables, dir: string): Promise<string[]> {
	const rows = downloadRows(tables);
	const columns = sqlColumns([...resourceFor('observations').schema.fields, ...(DERIVED_FIELDS.observations ?? []), ...SOURCE_FIELDS]);
	const names = columns.map((c) => c.name);
	const cells = (row: object) => names.map((n) => (row as Record<string, string | number | null>)[n]);
	writeFileSync(join(dir, 'observations.csv'), writeCsv(names, rows.map(cells)));

	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	try {
		await createTable(conn, 'download', columns);
		await insertRows(conn, 'download', columns, rows);
		const target = join(dir, 'observations.parquet').replaceAll("'", "''");
		await conn.run(`COPY (SELECT * FROM download ORDER BY rowid) TO '${target}' (FORMAT parquet)`);
	} finally {
		conn.closeSync();
		instance.closeSync();
	}
	return ['observations.csv', 'observations.parquet'];
}
