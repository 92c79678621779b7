import { beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/duckdb-wasm/blocking';
import type { SqlConnection } from '$lib/db/arrowLike';
import { attachPublished } from '$lib/db/setupSql';
import { latestByGeo } from '$lib/db/queries/latestByGeo';
import { seriesFor } from '$lib/db/queries/seriesFor';
import { runAll, startNodeEngine } from '../nodeEngine';
import { buildFixtureDatabase } from '../fixtureDatabase';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';

let conn: SqlConnection;
const csv = Papa.parse<Record<string, string>>(readFileSync('data/observations.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;

beforeAll(async () => {
	const db = await startNodeEngine();
	db.registerFileBuffer('observatory.duckdb', await buildFixtureDatabase());
	const c: DuckDBConnection = db.connect();
	runAll(c, attachPublished('observatory.duckdb'));
	conn = c as unknown as SqlConnection;
}, 60_000);

describe('seriesFor(conn, indicatorId, filter)', () => {
	it('returns every figure of the indicator, as in observations.csv', async () => {
		const rows = await seriesFor(conn, 'hiv_prevalence');
		expect(rows).toHaveLength(csv.filter((r) => r.indicator_id === 'hiv_prevalence').length);
		expect(rows.every((r) => r.indicator_id === 'hiv_prevalence' && typeof r.year === 'number')).toBe(true);
	});

	it('orders rows so each series (place, group, sex, source) is contiguous and year-sorted', async () => {
		const rows = await seriesFor(conn, 'hiv_prevalence');
		const key = (r: (typeof rows)[number]) => [r.geo_id, r.population_group, r.sex, r.source_id].join('|');
		const seen = new Set<string>();
		rows.forEach((r, i) => {
			if (i === 0 || key(rows[i - 1]) !== key(r)) {
				expect(seen.has(key(r))).toBe(false);
				seen.add(key(r));
			} else expect(r.year).toBeGreaterThanOrEqual(rows[i - 1].year);
		});
	});

	it('filters by year range and places', async () => {
		const rows = await seriesFor(conn, 'hiv_prevalence', { fromYear: 2010, toYear: 2015, geoIds: ['KHM'] });
		const expected = csv.filter((r) => r.indicator_id === 'hiv_prevalence' && r.geo_id === 'KHM' && +r.year >= 2010 && +r.year <= 2015);
		expect(rows).toHaveLength(expected.length);
		expect(rows.length).toBeGreaterThan(0);
	});
});

describe('latestByGeo(conn, indicatorId, group, sex)', () => {
	it('gives one row per place: its latest year', async () => {
		const rows = await latestByGeo(conn, 'population_census');
		const byGeo = new Map<string, number>();
		for (const r of csv.filter((r) => r.indicator_id === 'population_census' && r.population_group === 'all' && r.sex === 'total')) {
			byGeo.set(r.geo_id, Math.max(byGeo.get(r.geo_id) ?? 0, +r.year));
		}
		expect(rows.map((r) => [r.geo_id, r.year])).toEqual([...byGeo].sort(([a], [b]) => (a < b ? -1 : 1)));
		expect(rows.every((r) => r.sources_that_year >= 1)).toBe(true);
	});
});
