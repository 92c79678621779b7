import { beforeAll, describe, expect, it } from 'vitest';
import { tableFromArrays, tableToIPC } from 'apache-arrow';
import type { DuckDBBindings, DuckDBConnection } from '@duckdb/duckdb-wasm/blocking';
import { EXTENSIONS_OFF, LOCK_DOWN, attachPublished } from '$lib/db/setupSql';
import { startNodeEngine } from './nodeEngine';
import { buildFixtureDatabase } from './fixtureDatabase';
import { TABLE_NAMES } from '$lib/data/schema';
import { publishedCount } from '../../support/publishedData';

let db: DuckDBBindings;
let conn: DuckDBConnection;
const count = (sql: string) => conn.query(sql).toArray()[0].toJSON().n as number;

beforeAll(async () => {
	db = await startNodeEngine();
	db.registerFileBuffer('observatory.duckdb', await buildFixtureDatabase());
	conn = db.connect();
	// As engine.ts runs them: each group as one script.
	conn.query(EXTENSIONS_OFF.join(';\n'));
	conn.query(attachPublished('observatory.duckdb').join(';\n'));
	conn.query(LOCK_DOWN.join(';\n'));
}, 60_000);

describe('session setup (setupSql)', () => {
	it.each(TABLE_NAMES)('exposes the published table %s by its plain name', (table) => {
		expect(count(`SELECT count(*)::INTEGER AS n FROM ${table}`)).toBe(publishedCount(table));
	});

	it('keeps the published database read-only', () => {
		expect(() => conn.query("DELETE FROM published.observations WHERE geo_id = 'KHM'")).toThrow(/read-only/i);
	});

	it('lets user tables live beside the published views in main', () => {
		conn.query('CREATE TABLE my_figures AS SELECT 1 AS x');
		expect(count('SELECT count(*)::INTEGER AS n FROM my_figures')).toBe(1);
	});

	it('after lock-down, SQL cannot read local files or URLs', () => {
		expect(() => conn.query("SELECT * FROM read_csv('data/geo.csv')")).toThrow(/Permission Error/);
		expect(() => conn.query("SELECT * FROM read_csv('http://example.com/x.csv')")).toThrow(/Permission Error/);
		expect(() => conn.query("ATTACH 'other.duckdb' AS other")).toThrow(/Permission Error/);
		expect(() => conn.query("COPY observations TO 'out.csv'")).toThrow(/Permission Error/);
	});

	it('after lock-down, SQL cannot switch external access or extension loading back on', () => {
		expect(() => conn.query('SET enable_external_access = true')).toThrow();
		expect(() => conn.query('SET autoload_known_extensions = true')).toThrow(/locked/);
		expect(() => conn.query('SET lock_configuration = false')).toThrow(/locked/);
	});

	it('after lock-down, a second connection is locked too', () => {
		const other = db.connect();
		expect(() => other.query("SELECT * FROM read_csv('data/geo.csv')")).toThrow(/Permission Error/);
		expect(other.query('SELECT count(*)::INTEGER AS n FROM geo').toArray()[0].toJSON().n).toBe(33);
		other.close();
	});

	it('after lock-down, imports still load through an Arrow IPC stream (the way for user files)', () => {
		const ipc = tableToIPC(tableFromArrays({ geo_id: ['KH-1', 'KH-2'], value: Float64Array.from([1.5, 2.5]) }), 'stream');
		conn.insertArrowFromIPCStream(ipc, { name: 'imported_ipc' });
		expect(count('SELECT count(*)::INTEGER AS n FROM imported_ipc')).toBe(2);
	});
});
