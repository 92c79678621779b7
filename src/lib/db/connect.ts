/**
 * The app's database: the engine the explorer and the import page use, started at most once
 * (single flight) and only when a page asks for it. Nothing a reader types reaches it: the SQL
 * console has an engine of its own (console/consoleEngine.ts). Import this module dynamically from
 * onMount or an event handler, never at the top level of anything prerendered:
 *
 *     const { getDb, runQuery } = await import('$lib/db/connect');
 *
 * Progress and failure go to `dbStatus` (status.svelte.ts).
 * For imports: add tables with `conn.insertArrowFromIPCStream(tableToIPC(table, 'stream'), {name})`
 * — after the lock-down DuckDB can no longer read registered files with read_csv.
 */
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { Engine } from './engine';
import { dbStatus } from './status.svelte';
import { queryRows, type SqlParam } from './queryRows';

export interface Db {
	db: AsyncDuckDB;
	/** The app's shared connection (typed queries, imports). */
	conn: AsyncDuckDBConnection;
}

export const appEngine = new Engine(dbStatus, { exactNumbers: false });

export async function getDb(): Promise<Db> {
	const { db, conn } = await appEngine.start();
	return { db, conn };
}

/** Typed rows from a prepared statement with bound parameters. */
export async function runQuery<Row>(sql: string, params: readonly SqlParam[] = []): Promise<Row[]> {
	const { conn } = await getDb();
	return queryRows<Row>(conn, sql, params);
}
