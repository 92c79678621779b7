/**
 * DuckDB-WASM's Node build (the same engine and Arrow results as the browser, synchronous) for
 * unit tests, with the published tables built from data/*.csv into a database file that is then
 * attached exactly the way the browser attaches the real one (setupSql.ts).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { DuckDBBindings, DuckDBConnection } from '@duckdb/duckdb-wasm/blocking';

const require = createRequire(import.meta.url);
const duckdb = require('@duckdb/duckdb-wasm/blocking') as typeof import('@duckdb/duckdb-wasm/blocking');
const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));

export async function startNodeEngine(): Promise<DuckDBBindings> {
	const db = await duckdb.createDuckDB(
		{
			mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs') },
			eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') }
		},
		new duckdb.VoidLogger(),
		duckdb.NODE_RUNTIME
	);
	await db.instantiate(() => {});
	db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
	return db;
}

/** Runs statements one by one, as connect.ts does in the browser. */
export function runAll(conn: DuckDBConnection, statements: readonly string[]): void {
	for (const statement of statements) conn.query(statement);
}
