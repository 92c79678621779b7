import { beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/duckdb-wasm/blocking';
import { runUserSql, type StreamingConnection } from '$lib/db/console/runUserSql';
import { startNodeEngine } from '../nodeEngine';

let conn: StreamingConnection;

beforeAll(async () => {
	conn = (await startNodeEngine()).connect() as DuckDBConnection as unknown as StreamingConnection;
}, 60_000);

describe('runUserSql(conn, sql, maxRows)', () => {
	it('returns columns with kinds and column-major values', async () => {
		const result = await runUserSql(conn, `SELECT 1::INTEGER AS i, 2.5 AS d, 'x' AS s, true AS b, DATE '2020-03-04' AS dt, NULL::VARCHAR AS n, [1, 2] AS l`);
		expect(result.columns.map((c) => [c.name, c.kind])).toEqual([
			['i', 'number'],
			['d', 'number'],
			['s', 'text'],
			['b', 'boolean'],
			['dt', 'date'],
			['n', 'text'],
			['l', 'other']
		]);
		expect(result.data.map((column) => column[0])).toEqual([1, 2.5, 'x', true, Date.UTC(2020, 2, 4), null, '[1,2]']);
		expect(result.rowCount).toBe(1);
		expect(result.truncated).toBe(false);
		expect(result.elapsedMs).toBeGreaterThanOrEqual(0);
	});

	it('reads every batch of a large result', async () => {
		const result = await runUserSql(conn, 'SELECT range AS i FROM range(150000)');
		expect(result.rowCount).toBe(150000);
		expect(result.data[0][149999]).toBe(149999);
	});

	it('stops at maxRows and says the result was cut', async () => {
		const result = await runUserSql(conn, 'SELECT range AS i FROM range(5000)', 1000);
		expect(result.rowCount).toBe(1000);
		expect(result.data[0]).toHaveLength(1000);
		expect(result.truncated).toBe(true);
	});

	it('keeps the columns of an empty result', async () => {
		const result = await runUserSql(conn, 'SELECT 1 AS a, 2 AS b WHERE false');
		expect(result.columns.map((c) => c.name)).toEqual(['a', 'b']);
		expect(result.rowCount).toBe(0);
		expect(result.data).toEqual([[], []]);
	});

	it('rejects with the DuckDB error for bad SQL', async () => {
		await expect(runUserSql(conn, 'SELEC 1')).rejects.toThrow(/syntax error at or near/);
	});
});
