import { beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/duckdb-wasm/blocking';
import { parseSqlError } from '$lib/db/console/parseSqlError';
import { startNodeEngine } from '../nodeEngine';

let conn: DuckDBConnection;
/** The real message DuckDB gives for `sql`. */
function errorOf(sql: string): string {
	try {
		conn.query(sql);
	} catch (e) {
		return (e as Error).message;
	}
	throw new Error(`expected an error from: ${sql}`);
}

beforeAll(async () => {
	conn = (await startNodeEngine()).connect();
	conn.query('CREATE TABLE observations AS SELECT 1 AS year, 2.0 AS value');
}, 60_000);

describe('parseSqlError(message, sql)', () => {
	it('finds a syntax error on the first line and drops the LINE block from the message', () => {
		const sql = 'SELECT * FORM observations';
		const info = parseSqlError(errorOf(sql), sql);
		expect(info.message).toBe('Parser Error: syntax error at or near "observations"');
		expect(info.position).toEqual({ line: 1, column: 14, offset: 14 });
		expect(sql.slice(info.position!.offset)).toBe('observations');
	});

	it('finds an unknown column on a later line', () => {
		const sql = 'SELECT year,\n       foo\nFROM observations';
		const info = parseSqlError(errorOf(sql), sql);
		expect(info.message).toMatch(/^Binder Error: Referenced column "foo" not found/);
		expect(info.position).toMatchObject({ line: 2, column: 7 });
		expect(sql.slice(info.position!.offset, info.position!.offset + 3)).toBe('foo');
	});

	it('finds the position on a long line that DuckDB clips with "..."', () => {
		const sql = `SELECT ${Array.from({ length: 40 }, (_, i) => `year AS y${i}`).join(', ')}, missing_col FROM observations`;
		const raw = errorOf(sql);
		const info = parseSqlError(raw, sql);
		expect(sql.slice(info.position!.offset, info.position!.offset + 11)).toBe('missing_col');
	});

	it('reads the JSON form of streamed parser errors, converting UTF-8 byte offsets', () => {
		const sql = "SELECT 'ស្រុក' AS k FORM t";
		const bytes = new TextEncoder().encode(sql.slice(0, sql.indexOf('t', 20))).length;
		const raw = JSON.stringify({ exception_type: 'Parser', exception_message: 'syntax error at or near "t"\n\nLINE 1: …\n ^', position: String(bytes) });
		const info = parseSqlError(raw, sql);
		expect(info.message).toBe('Parser Error: syntax error at or near "t"');
		expect(info.position).toEqual({ line: 1, column: sql.length - 1, offset: sql.length - 1 });
	});

	it('returns no position for errors without a LINE block', () => {
		const info = parseSqlError('Invalid Input Error: Cannot change configuration option', 'SET x = 1');
		expect(info).toEqual({ message: 'Invalid Input Error: Cannot change configuration option', position: null });
	});
});

describe('parseSqlError on streamed (console) errors', () => {
	async function sendError(sql: string): Promise<string> {
		try {
			for (const _ of await conn.send(sql, true)) void _;
		} catch (e) {
			return (e as Error).message;
		}
		throw new Error(`expected an error from: ${sql}`);
	}

	it('positions a parser error in the second statement', async () => {
		const sql = 'SELECT 1;\nSELECT * FORM observations';
		const info = parseSqlError(await sendError(sql), sql);
		expect(info.message).toBe('Parser Error: syntax error at or near "observations"');
		expect(info.position).toMatchObject({ line: 2, column: 14 });
	});

	it('positions a binder error on a later line', async () => {
		const sql = 'SELECT year,\n  foo\nFROM observations';
		const info = parseSqlError(await sendError(sql), sql);
		expect(info.message).toMatch(/^Binder Error: Referenced column "foo" not found/);
		expect(info.position).toMatchObject({ line: 2, column: 2 });
	});
});
