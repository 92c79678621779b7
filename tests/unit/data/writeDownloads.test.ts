/**
 * The published download observations.csv goes through the shared CSV writer: even text that got
 * past validation (the formula-text rule keeps it out of data/) cannot reach a spreadsheet as a
 * live formula, and negative numbers stay numbers.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import type { Tables } from '$lib/data/schema';
import { writeDownloads } from '../../../scripts/data/writeDownloads';
import { FORMULA_PAYLOADS, formulaCells } from '../../support/formulaCells';
import { validateFixture } from './fixturePackage';

const dir = mkdtempSync(join(tmpdir(), 'write-downloads-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeDownloads(tables, dir)', () => {
	it('writes observations.csv with every hostile note and source title neutralised, nothing lost', async () => {
		const valid = validateFixture('valid').tables!;
		const hostile: Tables = {
			...valid,
			observations: valid.observations.map((o, i) => ({ ...o, note: FORMULA_PAYLOADS[i % FORMULA_PAYLOADS.length], value: i === 0 ? -5 : o.value })),
			sources: valid.sources.map((s, i) => ({ ...s, title: FORMULA_PAYLOADS[(i + 5) % FORMULA_PAYLOADS.length] }))
		};
		await writeDownloads(hostile, dir);
		const csv = readFileSync(join(dir, 'observations.csv'), 'utf8');
		expect(formulaCells(csv)).toEqual([]);
		const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
		expect(rows).toHaveLength(valid.observations.length);
		expect(rows[0].value).toBe('-5');
		expect(rows.map((r) => r.note.replace(/^'/, ''))).toEqual(hostile.observations.map((o) => o.note));
	});
});
