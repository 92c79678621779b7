import { beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/duckdb-wasm/blocking';
import { listSchema } from '$lib/db/console/listSchema';
import { EXAMPLES } from '$lib/db/console/examples';
import { attachPublished } from '$lib/db/setupSql';
import { runAll, startNodeEngine } from '../nodeEngine';
import { buildFixtureDatabase } from '../fixtureDatabase';
import { TABLE_NAMES } from '$lib/data/schema';
import { publishedRecords } from '../../../support/publishedData';

let conn: DuckDBConnection;

beforeAll(async () => {
	const db = await startNodeEngine();
	db.registerFileBuffer('observatory.duckdb', await buildFixtureDatabase());
	conn = db.connect();
	runAll(conn, attachPublished('observatory.duckdb'));
	conn.query('CREATE TABLE my_import AS SELECT 1::INTEGER AS year, 2.5 AS value');
	conn.query('CREATE SCHEMA imports');
	conn.query("CREATE TABLE imports.wdi AS SELECT 'KHM' AS geo_id");
}, 60_000);

describe('listSchema(conn)', () => {
	it('lists the published tables first with their columns and types', async () => {
		const tables = await listSchema(conn);
		expect(tables.slice(0, TABLE_NAMES.length).map((t) => [t.name, t.origin])).toEqual(
			[...TABLE_NAMES].sort().map((name) => [name, 'published'])
		);
		const observations = tables.find((t) => t.name === 'observations')!;
		expect(observations.columns.slice(0, 3)).toEqual([
			{ name: 'indicator_id', type: 'VARCHAR' },
			{ name: 'geo_id', type: 'VARCHAR' },
			{ name: 'period', type: 'VARCHAR' }
		]);
	});

	it("lists the user's tables, in main and other schemas, as theirs", async () => {
		const tables = await listSchema(conn);
		expect(tables.filter((t) => t.origin === 'yours').map((t) => t.name)).toEqual(['my_import', 'imports.wdi']);
		expect(tables.find((t) => t.name === 'my_import')!.columns).toEqual([
			{ name: 'year', type: 'INTEGER' },
			{ name: 'value', type: 'DECIMAL(2,1)' }
		]);
	});

	it('does not list the attached database itself or system tables', async () => {
		const names = (await listSchema(conn)).map((t) => t.name);
		expect(names.some((n) => n.startsWith('published') || n.startsWith('information_schema'))).toBe(false);
	});
});

describe('EXAMPLES', () => {
	it.each(EXAMPLES.map((e) => [e.title, e.sql]))('"%s" runs on the published tables and returns rows', (_, sql) => {
		expect(conn.query(sql).numRows).toBeGreaterThan(0);
	});

	it('the WDI editions example gives every WDI edition’s 1998 adult HIV prevalence, oldest edition first', () => {
		const sql = EXAMPLES.find((e) => e.title.includes('between WDI editions'))!.sql;
		const wdi = new Map(publishedRecords('sources').filter((s) => s.series === 'wdi').map((s) => [s.source_id, s.edition]));
		const expected = publishedRecords('observations')
			.filter((o) => o.indicator_id === 'hiv_prevalence' && o.geo_id === 'KHM' && o.population_group === 'adults_15_49' && o.sex === 'total' && o.period === '1998' && wdi.has(o.source_id))
			.map((o) => `${wdi.get(o.source_id)} ${Number(o.value)}`)
			.sort();
		expect(expected.length).toBeGreaterThan(1);
		const rows = conn.query(sql).toArray().map((r) => `${r.edition} ${Number(r.value)}`);
		expect(rows).toEqual(expected);
	});
});
