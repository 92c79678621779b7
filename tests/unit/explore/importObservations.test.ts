/**
 * The user's imported figures for the explorer, queried on a real DuckDB in an import table of the
 * importer's shape: filtered like the view, turned into observations with their own source.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importObservations, importObservationsSql } from '$lib/db/queries/importObservations';
import { IMPORT_COLUMNS } from '$lib/import/importRow';
import { DEFAULT_VIEW } from '$lib/state/viewState';
import { insertRows, nodeConnection, type NodeConnection } from './nodeDuckdb';

let conn: NodeConnection;

beforeAll(async () => {
	conn = await nodeConnection();
	conn.query(`CREATE TABLE import_wdi (${IMPORT_COLUMNS.map((c) => `${c.name} ${c.type}`).join(', ')})`);
	const row = (geo_id: string, year: number, value: number, extra: Record<string, unknown> = {}) => {
		const r: Record<string, unknown> = {
			indicator_id: 'SH.DYN.AIDS.ZS', indicator_name: 'Prevalence of HIV', geo_id, geo_name: null, geo_known: true,
			year, value, lower: null, upper: null, population_group: null, sex: null, unit: 'percent', source: 'WDI', note: null, line: 2, ...extra
		};
		return IMPORT_COLUMNS.map((c) => r[c.name]);
	};
	await insertRows(conn, 'import_wdi', [
		row('KHM', 2010, 0.8),
		row('KHM', 2011, 0.7),
		row('THA', 2010, 1.2),
		row('Atlantis', 2010, 9, { geo_known: false, geo_name: 'Atlantis' }),
		row('KHM', 2010, 123, { indicator_id: 'SP.POP.TOTL', unit: 'count' })
	]);
});
afterAll(() => conn?.close());

describe('importObservations(conn, table, indicator, view)', () => {
	it('returns the indicator’s figures as observations with the import as their source', async () => {
		const rows = await importObservations(conn, 'import_wdi', 'SH.DYN.AIDS.ZS', DEFAULT_VIEW);
		expect(rows.map((o) => `${o.geo_id}:${o.year}:${o.value}`)).toEqual(['Atlantis:2010:9', 'KHM:2010:0.8', 'KHM:2011:0.7', 'THA:2010:1.2']);
		expect(rows[1]).toMatchObject({ source_id: 'import:import_wdi', population_group: 'all', sex: 'total', unit: 'percent', scope: 'place' });
		expect(rows[0].geo_name).toBe('Atlantis');
	});

	it('filters by the view’s places and years', async () => {
		const rows = await importObservations(conn, 'import_wdi', 'SH.DYN.AIDS.ZS', { ...DEFAULT_VIEW, geo: ['KHM'], years: [2011, 2020] });
		expect(rows.map((o) => `${o.geo_id}:${o.year}`)).toEqual(['KHM:2011']);
	});

	it('refuses a table name that is not an import', () => {
		expect(() => importObservationsSql('observations')).toThrow('not an import table');
		expect(() => importObservationsSql('import_x"; DROP TABLE y; --')).toThrow('not an import table');
	});
});
