/**
 * Loads an import's Arrow IPC bytes into DuckDB as its own table, all or nothing: the rows go into
 * a staging table first and only a complete load is renamed to the final name. A failure drops
 * the staging table, so every existing table (published views, earlier imports) stays as it was.
 * Identifiers are quoted; no value is ever put into SQL text.
 */
import { sqlIdentifier } from '$lib/db/sqlString';
import type { SqlConnection } from '$lib/db/arrowLike';
import { isImportName } from './importName';

/** The slice of a DuckDB-WASM connection (browser async, or the Node test engine) this needs. */
export interface ImportConnection extends SqlConnection {
	insertArrowFromIPCStream(buffer: Uint8Array, options: { name: string; create?: boolean }): unknown;
}

const STAGING_SUFFIX = '__staging';

export async function insertImport(conn: ImportConnection, name: string, ipc: Uint8Array): Promise<void> {
	if (!isImportName(name)) throw new Error(`Not an import table name: ${JSON.stringify(name)}`);
	const staging = name + STAGING_SUFFIX;
	await conn.query(`DROP TABLE IF EXISTS main.${sqlIdentifier(staging)}`);
	try {
		await conn.insertArrowFromIPCStream(ipc, { name: staging, create: true });
		await conn.query(`ALTER TABLE main.${sqlIdentifier(staging)} RENAME TO ${sqlIdentifier(name)}`);
	} catch (error) {
		await Promise.resolve(conn.query(`DROP TABLE IF EXISTS main.${sqlIdentifier(staging)}`)).catch(() => undefined);
		throw error;
	}
}

/** Names of the tables in DuckDB's `main` schema (to keep new import names unique). */
export async function tableNames(conn: SqlConnection): Promise<string[]> {
	const statement = await conn.prepare(`SELECT table_name FROM information_schema.tables WHERE table_schema = ? ORDER BY 1`);
	try {
		const result = await statement.query('main');
		const column = result.getChildAt(0);
		return Array.from({ length: result.numRows }, (_, i) => String(column?.get(i)));
	} finally {
		await statement.close();
	}
}
