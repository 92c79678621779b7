import { beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/duckdb-wasm/blocking';
import { queryRows } from '$lib/db/queryRows';
import { toRows } from '$lib/db/toRows';
import { startNodeEngine } from './nodeEngine';

let conn: DuckDBConnection;

beforeAll(async () => {
	conn = (await startNodeEngine()).connect();
	conn.query(`CREATE TABLE t AS SELECT * FROM (VALUES ('a', 1, 2.5), ('b', 2, NULL), ('c''d', 3, 4.0)) v(name, n, x)`);
}, 60_000);

describe('queryRows(conn, sql, params)', () => {
	it('binds parameters and returns plain objects keyed by column', async () => {
		const rows = await queryRows<{ name: string; n: number; x: number | null }>(conn, 'SELECT * FROM t WHERE n >= ? ORDER BY n', [2]);
		expect(rows).toEqual([
			{ name: 'b', n: 2, x: null },
			{ name: "c'd", n: 3, x: 4 }
		]);
	});

	it('treats a parameter that looks like SQL as a plain value', async () => {
		const rows = await queryRows(conn, 'SELECT * FROM t WHERE name = ?', ["a' OR '1'='1"]);
		expect(rows).toEqual([]);
	});

	it('returns BIGINT and DECIMAL results as numbers (castBigIntToDouble, castDecimalToDouble)', async () => {
		const [row] = await queryRows<{ c: number; d: number }>(conn, 'SELECT count(*) AS c, 1.25::DECIMAL(5,2) AS d FROM t');
		expect(row).toEqual({ c: 3, d: 1.25 });
		expect(typeof row.c).toBe('number');
	});

	it('throws the DuckDB error for invalid SQL', async () => {
		await expect(queryRows(conn, 'SELECT nope FROM t')).rejects.toThrow(/Binder Error/);
	});
});

describe('toRows(table)', () => {
	it('turns lists and structs into arrays and objects, not Arrow classes', () => {
		const [row] = toRows<{ l: number[]; s: { a: number; b: string } }>(conn.query(`SELECT [1, 2] AS l, {'a': 1, 'b': 'x'} AS s`));
		expect(row.l).toEqual([1, 2]);
		expect(row.s).toEqual({ a: 1, b: 'x' });
	});
});
