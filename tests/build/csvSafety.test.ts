/**
 * Every CSV file the built site serves (published downloads, the plain tables, each indicator's
 * and embed's data.csv), opened as text: no cell a spreadsheet would run as a formula.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formulaCells } from '../support/formulaCells';
import { BUILD_DIR } from '../support/site';

const csvFiles = (readdirSync(BUILD_DIR, { recursive: true, encoding: 'utf8' }) as string[]).filter((p) => p.endsWith('.csv')).sort();

describe('CSV files of the built site', () => {
	it('include the downloads, the plain tables and a data.csv per indicator and embed', () => {
		expect(csvFiles).toEqual(expect.arrayContaining(['data/observations.csv', 'data/tables/observations.csv', 'data/tables/sources.csv']));
		expect(csvFiles.filter((p) => p.startsWith('indicators/')).length).toBeGreaterThan(50);
		expect(csvFiles.filter((p) => p.startsWith('embed/')).length).toBeGreaterThan(0);
	});

	it.each(csvFiles)('%s has no cell that starts like a formula', (path) => {
		expect(formulaCells(readFileSync(join(BUILD_DIR, path), 'utf8'))).toEqual([]);
	});
});
