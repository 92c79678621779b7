/** DuckDB-WASM's Node build (same engine as the browser) for query tests. */
import { createRequire } from 'node:module';
import type { SqlConnection } from '$lib/db/arrowLike';

const require = createRequire(import.meta.url);

export type NodeConnection = SqlConnection & { close(): void };

export async function nodeConnection(): Promise<NodeConnection> {
	const duckdb = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');
	const dist = require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm').replace(/duckdb-eh\.wasm$/, '');
	const bundles = {
		mvp: { mainModule: `${dist}duckdb-mvp.wasm`, mainWorker: `${dist}duckdb-node-mvp.worker.cjs` },
		eh: { mainModule: `${dist}duckdb-eh.wasm`, mainWorker: `${dist}duckdb-node-eh.worker.cjs` }
	};
	const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
	await db.instantiate();
	return db.connect();
}

/** Inserts rows with a prepared statement (values bound, never interpolated). */
export async function insertRows(conn: NodeConnection, table: string, rows: unknown[][]): Promise<void> {
	if (rows.length === 0) return;
	const insert = await conn.prepare(`INSERT INTO ${table} VALUES (${rows[0].map(() => '?').join(', ')})`);
	for (const row of rows) await insert.query(...row);
	await insert.close();
}
