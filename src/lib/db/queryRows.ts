/**
 * Runs one SQL statement as a prepared statement with bound parameters (values never go into the
 * SQL text) and returns plain typed rows. Takes the connection as a parameter so tests can pass
 * the Node engine; the app calls `runQuery` from connect.ts, which supplies the browser's.
 */
import type { SqlConnection } from './arrowLike';
import { toRows } from './toRows';

/** What DuckDB-WASM can bind: it serialises parameters as JSON. */
export type SqlParam = string | number | boolean | null;

export async function queryRows<Row>(conn: SqlConnection, sql: string, params: readonly SqlParam[] = []): Promise<Row[]> {
	const statement = await conn.prepare(sql);
	try {
		return toRows<Row>(await statement.query(...params));
	} finally {
		await statement.close();
	}
}
