/**
 * `npm run data` end to end, on temporary output folders (never static/data): what a run writes,
 * that a failed run changes nothing, and that the database file and the downloads hold exactly
 * the values of the CSVs.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { parquetReadObjects } from 'hyparquet';
import Papa from 'papaparse';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resourceFor } from '$lib/data/datapackage';
import type { Manifest } from '$lib/data/manifest';
import { TABLE_NAMES } from '$lib/data/schema';
import { buildData } from '../../../scripts/data/buildData';
import { FIXTURES } from './fixturePackage';

const NOW = new Date('2026-11-28T12:00:00Z');
let work: string;

function snapshot(dir: string): Map<string, Buffer> {
	const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((p) => statSync(join(dir, p)).isFile());
	return new Map(files.sort().map((p) => [p, readFileSync(join(dir, p))]));
}

function csvRecords(path: string): Record<string, string>[] {
	return Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true }).data;
}

/** A CSV cell as the typed value the database should hold. */
function expected(type: string, text: string): unknown {
	if (text === '') return null;
	if (type === 'integer' || type === 'number') return Number(text);
	if (type === 'boolean') return text === 'true';
	return text;
}

beforeAll(() => {
	work = mkdtempSync(join(tmpdir(), 'build-data-test-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('buildData', () => {
	it('writes the database, downloads, plain tables and a manifest that describes them', async () => {
		const out = join(work, 'ok', 'data');
		const result = await buildData({ dataDir: `${FIXTURES}/valid`, outDir: out, now: NOW });
		expect(result.ok).toBe(true);
		const files = snapshot(out);
		expect([...files.keys()]).toEqual([
			'manifest.json',
			'observations.csv',
			'observations.parquet',
			'observatory.duckdb',
			'tables/datapackage.json',
			'tables/events.csv',
			'tables/geo.csv',
			'tables/indicators.csv',
			'tables/observations.csv',
			'tables/releases.csv',
			'tables/sources.csv'
		]);
		const manifest = JSON.parse(files.get('manifest.json')!.toString()) as Manifest;
		expect(manifest).toMatchObject({
			schemaVersion: '2.0.0',
			builtAt: '2026-11-28T12:00:00.000Z',
			tables: { observations: { rows: 5 }, indicators: { rows: 3 }, sources: { rows: 3 }, geo: { rows: 5 }, events: { rows: 1 }, releases: { rows: 1 } },
			warnings: 0
		});
		expect(manifest.files.map((f) => f.path)).toEqual([...files.keys()].filter((p) => p !== 'manifest.json'));
		for (const f of manifest.files) {
			expect(f.bytes).toBe(files.get(f.path)!.length);
			expect(f.sha256).toBe(createHash('sha256').update(files.get(f.path)!).digest('hex'));
		}
		expect(files.get('tables/observations.csv')!.equals(readFileSync(`${FIXTURES}/valid/observations.csv`))).toBe(true);
	}, 60_000);

	it('on invalid data reports every problem, writes nothing and leaves the previous artefacts byte-identical', async () => {
		const out = join(work, 'keep', 'data');
		expect((await buildData({ dataDir: `${FIXTURES}/valid`, outDir: out, now: NOW })).ok).toBe(true);
		const before = snapshot(out);

		const result = await buildData({ dataDir: `${FIXTURES}/invalid-package`, outDir: out, now: NOW });
		expect(result.ok).toBe(false);
		expect(result.manifest).toBeNull();
		expect(result.issues.filter((i) => i.level === 'error').map(({ file, line, column, message }) => `${file}:${line}:${column}: ${message}`)).toEqual([
			`${FIXTURES}/invalid-package/geo.csv:7:51: source: cites "src_atlas", which is not in sources.csv (column source_id)`,
			`${FIXTURES}/invalid-package/observations.csv:8:44: value: 120 is outside 0–100 (unit percent)`
		]);
		expect(snapshot(out)).toEqual(before);
		expect(readdirSync(join(work, 'keep'))).toEqual(['data']); // no temporary folder left behind
	}, 60_000);
});

describe('the database file built from data/', () => {
	let out: string;
	beforeAll(async () => {
		out = join(work, 'shipped', 'data');
		const result = await buildData({ dataDir: 'data', outDir: out });
		expect(result.errors).toBe(0);
	}, 60_000);

	it.each(TABLE_NAMES)('table %s returns the same values as the CSV', { timeout: 30_000 }, async (name) => {
		const instance = await DuckDBInstance.create(join(out, 'observatory.duckdb'), { access_mode: 'READ_ONLY' });
		const conn = await instance.connect();
		try {
			const fields = resourceFor(name).schema.fields;
			const columns = fields.map((f) => `"${f.name}"`).join(', ');
			const rows = (await conn.runAndReadAll(`SELECT ${columns} FROM ${name} ORDER BY rowid`)).getRowObjectsJson();
			const records = csvRecords(join('data', resourceFor(name).path));
			expect(rows).toHaveLength(records.length);
			const want = records.map((r) => Object.fromEntries(fields.map((f) => [f.name, expected(f.type, r[f.name])])));
			expect(rows).toEqual(want);
		} finally {
			conn.closeSync();
			instance.closeSync();
		}
	});

	it('adds the derived period columns after the CSV columns', async () => {
		const instance = await DuckDBInstance.create(join(out, 'observatory.duckdb'), { access_mode: 'READ_ONLY' });
		const conn = await instance.connect();
		const rows = (await conn.runAndReadAll(
			"SELECT period, period_start::VARCHAR AS period_start, period_end::VARCHAR AS period_end, period_kind, year FROM observations WHERE period LIKE '%-S1' OR period LIKE '%/%' ORDER BY period_start"
		)).getRowObjectsJson();
		conn.closeSync();
		instance.closeSync();
		expect(rows.length).toBeGreaterThan(0);
		for (const row of rows) {
			const [from, to] = String(row.period).split('/');
			if (to === undefined) expect(row).toMatchObject({ period_kind: 'half', period_start: `${from.slice(0, 4)}-01-01`, period_end: `${from.slice(0, 4)}-06-30` });
			else expect(row.period_kind).toBe('interval');
			expect(row.year).toBe(Number(String(row.period_end).slice(0, 4)));
		}
	});

	it('gives the observations typed columns', async () => {
		const instance = await DuckDBInstance.create(join(out, 'observatory.duckdb'), { access_mode: 'READ_ONLY' });
		const conn = await instance.connect();
		const types = (await conn.runAndReadAll(
			"SELECT column_name, data_type, is_nullable FROM information_schema.columns WHERE table_name = 'observations' AND column_name IN ('year', 'value', 'lower', 'scope') ORDER BY column_name"
		)).getRowObjectsJson();
		conn.closeSync();
		instance.closeSync();
		expect(types).toEqual([
			{ column_name: 'lower', data_type: 'DOUBLE', is_nullable: 'YES' },
			{ column_name: 'scope', data_type: 'VARCHAR', is_nullable: 'NO' },
			{ column_name: 'value', data_type: 'DOUBLE', is_nullable: 'NO' },
			{ column_name: 'year', data_type: 'INTEGER', is_nullable: 'NO' }
		]);
	});

	it('offers CSV and Parquet downloads with the same rows and the source joined in', async () => {
		const csv = csvRecords(join(out, 'observations.csv'));
		const buffer = readFileSync(join(out, 'observations.parquet'));
		const parquet = await parquetReadObjects({ file: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.length) });
		const published = csvRecords('data/observations.csv').length;
		expect(parquet).toHaveLength(published);
		expect(csv).toHaveLength(published);
		// Parquet keeps dates as dates; the CSV writes them as ISO days.
		const asText = (v: unknown) => (v === null || v === undefined ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
		expect(parquet.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, asText(v)])))).toEqual(csv);
		expect(csv[0]).toMatchObject({
			indicator_id: 'aids_related_deaths',
			value: '6400',
			source_id: 'ppp_2019_unaids_power_to_people',
			source_publisher: "The Phnom Penh Post (reporting UNAIDS 'Power to the People' report)",
			source_published: '2019',
			source_kind: 'press',
			source_url: 'https://www.phnompenhpost.com/national/unaids-infections-hiv-down-95-1997-peak'
		});
	});
});

describe('npm run data (the command line)', () => {
	const run = (data: string, out: string) =>
		spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-data.ts', '--data', data, '--out', out], { encoding: 'utf8' });

	it('exits 1 with file:line:column messages when the data has errors', () => {
		const result = run(`${FIXTURES}/invalid-package`, join(work, 'cli-bad'));
		expect(result.status).toBe(1);
		const lines = result.stderr.trim().split('\n');
		expect(lines).toContain(`${FIXTURES}/invalid-package/observations.csv:8:44: value: 120 is outside 0–100 (unit percent)`);
		expect(lines.at(-1)).toMatch(/^data: 2 errors, 0 warnings; nothing written/);
	}, 60_000);

	it('exits 0 and prints a one-line summary on valid data', () => {
		const result = run(`${FIXTURES}/valid`, join(work, 'cli-ok'));
		expect(result.status).toBe(0);
		expect(result.stdout.trim().split('\n')).toEqual([
			expect.stringMatching(/^data: 6 tables, 18 rows \(observations 5, indicators 3, sources 3, geo 5, events 1, releases 1\), 0 warnings → /)
		]);
	}, 60_000);
});
