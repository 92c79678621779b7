/** Loading an import into DuckDB (the WASM engine's Node build): all or nothing, existing tables untouched. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBBindings, DuckDBConnection } from '@duckdb/duckdb-wasm/blocking';
import { startNodeEngine } from '../db/nodeEngine';
import { insertImport, tableNames, type ImportConnection } from '$lib/import/insertImport';
import { importName, isImportName } from '$lib/import/importName';
import { toArrowIpc } from '$lib/import/toArrowIpc';
import { importContents } from '$lib/import/importContents';
import { queryRows } from '$lib/db/queryRows';
import { read, readOk } from './fixtures';

let db: DuckDBBindings;
let conn: DuckDBConnection;

beforeAll(async () => {
	db = await startNodeEngine();
	conn = db.connect();
	conn.query(`CREATE TABLE observations AS SELECT 'hiv' AS indicator_id, 0.5 AS value`);
});

const c = () => conn as unknown as ImportConnection;

async function ipcOf(name: string) {
	const { builder } = readOk(await read(name)).data;
	return toArrowIpc(builder.columns, builder.size);
}

describe('insertImport(conn, name, ipc)', () => {
	it('creates a typed table with every column and row', async () => {
		await insertImport(c(), 'import_wdi', await ipcOf('wdi-hiv-prevalence.csv'));
		const rows = await queryRows<{ n: number; places: number; y0: number; y1: number }>(
			conn,
			'SELECT count(*) AS n, count(DISTINCT geo_id) AS places, min(year) AS y0, max(year) AS y1 FROM import_wdi WHERE geo_known'
		);
		expect(rows).toEqual([{ n: 4 * 34, places: 4, y0: 1990, y1: 2023 }]);
		const types = await queryRows<{ column_name: string; data_type: string }>(
			conn,
			`SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position`,
			['import_wdi']
		);
		expect(types.map((t) => `${t.column_name} ${t.data_type}`)).toEqual([
			'indicator_id VARCHAR', 'indicator_name VARCHAR', 'geo_id VARCHAR', 'geo_name VARCHAR', 'geo_known BOOLEAN',
			'year INTEGER', 'value DOUBLE', 'lower DOUBLE', 'upper DOUBLE', 'population_group VARCHAR', 'sex VARCHAR',
			'unit VARCHAR', 'source VARCHAR', 'note VARCHAR', 'line INTEGER'
		]);
		const [khm] = await queryRows<{ value: number; line: number }>(conn, 'SELECT value, line FROM import_wdi WHERE geo_id = ? AND year = ?', ['KHM', 1998]);
		expect(khm).toEqual({ value: 1.7, line: 8 });
	});

	it('keeps nulls as nulls (no interval, no unit)', async () => {
		await insertImport(c(), 'import_owid', await ipcOf('owid-hiv-share.csv'));
		const [r] = await queryRows<{ lower: null; note: null; geo_name: string }>(conn, 'SELECT lower, note, geo_name FROM import_owid WHERE geo_id = ? LIMIT 1', ['Asia']);
		expect(r).toEqual({ lower: null, note: null, geo_name: 'Asia' });
	});

	it('a failed load leaves every table as it was and no staging table behind', async () => {
		const before = await tableNames(conn);
		const broken = (await ipcOf('tidy-own.csv')).slice(0, 200);
		await expect(insertImport(c(), 'import_broken', broken)).rejects.toThrow();
		// Same name as an existing import: refused, and the existing one keeps its rows.
		await expect(insertImport(c(), 'import_wdi', await ipcOf('tidy-own.csv'))).rejects.toThrow();
		expect(await tableNames(conn)).toEqual(before);
		expect(await queryRows(conn, 'SELECT count(*) AS n FROM import_wdi')).toEqual([{ n: 7 * 34 }]);
		expect(await queryRows(conn, 'SELECT count(*) AS n FROM observations')).toEqual([{ n: 1 }]);
	});

	it('importContents reads back places, years and latest values, known places first', async () => {
		const rows = await importContents(c(), 'import_wdi');
		expect(rows.slice(0, 4).map((r) => r.geo_id).sort()).toEqual(['KHM', 'LAO', 'THA', 'VNM']);
		expect(rows.find((r) => r.geo_id === 'KHM')).toEqual({
			indicator_id: 'SH.DYN.AIDS.ZS', geo_id: 'KHM', geo_name: 'Cambodia', geo_known: true, sex: 'total',
			figures: 34, first_year: 1990, last_year: 2023, last_value: 0.5, unit: 'percent'
		});
		await expect(importContents(c(), 'observations')).rejects.toThrow(/Not an import/);
	});

	it('refuses names that are not import names', async () => {
		await expect(insertImport(c(), 'observations', await ipcOf('tidy-own.csv'))).rejects.toThrow(/Not an import table name/);
	});
});

describe('importName(fileName, taken)', () => {
	it.each([
		['API_SH.DYN.AIDS.ZS_DS2_en_csv_v2.csv', [], 'import_api_sh_dyn_aids_zs_ds2_en_csv_v2'],
		['owid.csv', ['import_owid'], 'import_owid_2'],
		['owid.csv', ['import_owid', 'IMPORT_OWID_2'], 'import_owid_3'],
		['កម្ពុជា.csv', [], 'import_file'],
		['.csv', [], 'import_file']
	])('%j with %j taken → %s', (file, taken, name) => {
		expect(importName(file, taken)).toBe(name);
		expect(isImportName(name)).toBe(true);
	});

	it('isImportName refuses anything else', () => {
		expect(isImportName('observations')).toBe(false);
		expect(isImportName('import_x; DROP TABLE geo')).toBe(false);
	});
});
