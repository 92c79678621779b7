/**
 * The explorer's SQL on a real DuckDB (duckdb-wasm's Node build), checked against the TypeScript
 * filter used for the prerendered view and the fallback: both must return the same rows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exploreObservations } from '$lib/db/queries/exploreObservations';
import { filterObservations } from '$lib/explore/filterObservations';
import { DEFAULT_VIEW, type ViewState } from '$lib/state/viewState';
import type { Observation } from '$lib/data/schema';
import { obs } from './fixtures';
import { insertRows, nodeConnection, type NodeConnection } from './nodeDuckdb';

const rows: Observation[] = [
	obs({ indicator_id: 'hiv_prevalence', geo_id: 'KHM', year: 2010, value: 0.8, unit: 'percent', source_id: 'src_b', lower: 0.6, upper: 1.1 }),
	obs({ indicator_id: 'hiv_prevalence', geo_id: 'KHM', year: 2005, value: 0.9, unit: 'percent' }),
	obs({ indicator_id: 'hiv_prevalence', geo_id: 'KH-10', year: 2005, value: 3, unit: 'percent' }),
	obs({ indicator_id: 'hiv_prevalence', geo_id: 'KH-2', year: 2005, value: 4, unit: 'percent', population_group: 'few', sex: 'female', note: "it's a note" }),
	obs({ indicator_id: 'hiv_prevalence', geo_id: 'KH-1:poipet', year: 2007, value: 2, unit: 'percent', scope: 'sample' }),
	obs({ indicator_id: 'deportees_from_tha', geo_id: 'KHM', year: 2014, value: 270_000 })
];

let conn: NodeConnection;

beforeAll(async () => {
	conn = await nodeConnection();
	conn.query(`CREATE TABLE observations (indicator_id VARCHAR, geo_id VARCHAR, year SMALLINT, population_group VARCHAR,
		sex VARCHAR, value DOUBLE, lower DOUBLE, upper DOUBLE, unit VARCHAR, source_id VARCHAR, scope VARCHAR,
		reporting_domain VARCHAR, note VARCHAR)`);
	await insertRows(
		conn,
		'observations',
		rows.map((o) => [o.indicator_id, o.geo_id, o.year, o.population_group, o.sex, o.value, o.lower, o.upper, o.unit, o.source_id, o.scope, o.reporting_domain, o.note])
	);
});

afterAll(() => conn?.close());

const views: [string, Partial<ViewState>][] = [
	['the default view', {}],
	['two places', { geo: ['KH-2', 'KH-1:poipet'] }],
	['a group and a sex', { population_group: 'few', sex: 'female' }],
	['a source', { source: 'src_b' }],
	['a year range', { years: [2006, 2010] }],
	['another indicator', { indicator: 'deportees_from_tha' }],
	['a place with no figures', { geo: ['THA'] }],
	['hostile text, bound not interpolated', { source: "x' OR 1=1 --" }]
];

describe('exploreObservations(conn, view)', () => {
	it.each(views)('returns what filterObservations returns for %s', async (_, change) => {
		const view = { ...DEFAULT_VIEW, ...change };
		expect(await exploreObservations(conn, view)).toEqual(filterObservations(rows, view));
	});
});
