/**
 * The browser's database, started at most once (single flight) and only when a page asks for it.
 * Import this module dynamically from onMount or an event handler, never at the top level of
 * anything prerendered:
 *
 *     const { getDb, runQuery } = await import('$lib/db/connect');
 *
 * getDb() → engine (WebAssembly + worker) → published database attached read-only → external
 * access locked (see setupSql.ts). Progress and failure go to `dbStatus` (status.svelte.ts).
 * For imports: add tables with `conn.insertArrowFromIPCStream(tableToIPC(table, 'stream'), {name})`
 * — after the lock-down DuckDB can no longer read registered files with read_csv.
 */
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { startEngine } from './startEngine';
import { EXTENSIONS_OFF, LOCK_DOWN, attachPublished } from './setupSql';
import { databaseVersion } from './databaseVersion';
import { DATABASE_FILE, MANIFEST_FILE } from '$lib/data/manifest';
import { dataUrl } from './dataUrl';
import { DbError, errorMessage } from './DbError';
import { markFailed, markLoading, markReady, type DbFailure } from './status.svelte';
import { queryRows, type SqlParam } from './queryRows';

export interface Db {
	db: AsyncDuckDB;
	/** The app's shared connection (typed queries, imports). The SQL console opens its own. */
	conn: AsyncDuckDBConnection;
}

let starting: Promise<Db> | undefined;

export function getDb(): Promise<Db> {
	starting ??= start();
	return starting;
}

/** Typed rows from a prepared statement with bound parameters. */
export async function runQuery<Row>(sql: string, params: readonly SqlParam[] = []): Promise<Row[]> {
	const { conn } = await getDb();
	return queryRows<Row>(conn, sql, params);
}

/** A connection of its own, so cancelling a console query cannot touch the app's queries. */
export async function openConnection(): Promise<AsyncDuckDBConnection> {
	const { db } = await getDb();
	return db.connect();
}

async function start(): Promise<Db> {
	markLoading({ step: 'engine', bytesLoaded: 0, bytesTotal: 0 });
	let db: AsyncDuckDB;
	let conn: AsyncDuckDBConnection;
	try {
		db = await startEngine((p) => markLoading({ step: 'engine', ...p }));
		conn = await db.connect();
		for (const statement of EXTENSIONS_OFF) await conn.query(statement);
	} catch (error) {
		return fail(typeof WebAssembly === 'undefined' ? 'wasm' : 'engine', error);
	}
	try {
		markLoading({ step: 'data' });
		const url = await publishedUrl();
		for (const statement of attachPublished(url)) await conn.query(statement);
		markLoading({ step: 'setup' });
		for (const statement of LOCK_DOWN) await conn.query(statement);
	} catch (error) {
		return fail('data', error);
	}
	markReady();
	return { db, conn };
}

function fail(failure: DbFailure, error: unknown): never {
	markFailed(failure, errorMessage(error));
	throw new DbError(failure, error);
}

async function publishedUrl(): Promise<string> {
	const url = dataUrl(DATABASE_FILE);
	try {
		const response = await fetch(dataUrl(MANIFEST_FILE), { cache: 'no-cache' });
		const version = response.ok ? databaseVersion(await response.json()) : null;
		return version ? `${url}?v=${version}` : url;
	} catch {
		return url; // without a manifest the file still opens, just without cache versioning
	}
}
