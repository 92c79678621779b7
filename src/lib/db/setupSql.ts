/**
 * The statements that set up a session, in the order connect.ts runs them:
 * 1. extension auto-loading off — otherwise DuckDB-WASM fetches Parquet/JSON/ICU extensions from
 *    the DuckDB extension site at run time (a third-party request, and here a crash-like failure);
 * 2. the published database attached read-only over HTTP, and each of its tables exposed as a
 *    view in the writable in-memory `main` database, so user imports can live beside them;
 * 3. external access off and the configuration locked. From then on SQL cannot read URLs or
 *    files (read_csv('http://…'), ATTACH, COPY … TO, INSTALL), cannot switch it back on, while
 *    the already attached database keeps reading its file by HTTP ranges.
 */
import { TABLE_NAMES } from '$lib/data/schema';
import { sqlIdentifier, sqlString } from './sqlString';

export const PUBLISHED_DATABASE = 'published';

export const EXTENSIONS_OFF: readonly string[] = [
	'SET autoinstall_known_extensions = false',
	'SET autoload_known_extensions = false'
];

export function attachPublished(url: string): string[] {
	const db = sqlIdentifier(PUBLISHED_DATABASE);
	return [
		`ATTACH ${sqlString(url)} AS ${db} (READ_ONLY)`,
		...TABLE_NAMES.map((t) => `CREATE OR REPLACE VIEW main.${sqlIdentifier(t)} AS SELECT * FROM ${db}.${sqlIdentifier(t)}`)
	];
}

export const LOCK_DOWN: readonly string[] = [
	'SET enable_external_access = false',
	'SET lock_configuration = true'
];
