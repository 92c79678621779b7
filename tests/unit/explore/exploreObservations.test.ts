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
import { resourceFor } from '$lib/data/datapackage';
import { DERIVED_FIELDS } from '$lib/data/deriveRows';
import { sqlColumns } from '../../../scripts/data/sqlColumns';

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
	// The published table's columns, as the data build creates them (CSV columns, then derived ones).
	const columns = sqlColumns([...resourceFor('observations').schema.fields, ...(DERIVED_FIELDS.observations ?? [])]);
	conn.query(`CREATE TABLE observations (${columns.map((c) => `"${c.name}" ${c.type}`).join(', ')})`);
	await insertRows(
		conn,
		'observations',
		rows.map((o) => columns.map((c) => (o as unknown as Record<string, unknown>)[c.name] ?? null))
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
