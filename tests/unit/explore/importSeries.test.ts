import { describe, expect, it } from 'vitest';
import { importNotes, importSource, missingEntries, splitEntry } from '$lib/explore/importSeries';
import type { ImportMeta } from '$lib/import/importMeta';

const meta: ImportMeta = {
	name: 'import_wdi',
	fileName: 'wdi.csv',
	fileBytes: 1000,
	layout: { id: 'wdi', label: 'World Bank WDI' } as ImportMeta['layout'],
	importedAt: '2026-11-28T10:00:00.000Z',
	rows: 10,
	years: { min: 2000, max: 2020, count: 21 },
	places: [],
	placeCount: 1,
	indicators: [{ indicator_id: 'SH.DYN.AIDS.ZS', name: 'Prevalence of HIV', unit: 'percent', rows: 10 }],
	indicatorCount: 1,
	skipped: 0
};

describe('splitEntry(entry)', () => {
	it('splits at the first slash, so indicator codes may contain slashes', () => {
		expect(splitEntry('import_x/a/b')).toEqual({ table: 'import_x', code: 'a/b' });
	});
});

describe('missingEntries(compare, imports)', () => {
	it('says when a linked import is not in this browser, or lacks the indicator', () => {
		expect(missingEntries(['import_wdi/SH.DYN.AIDS.ZS', 'import_other/x', 'import_wdi/NOPE'], [meta]).map((d) => [d.value, d.reason])).toEqual([
			['import_other/x', 'this import is not in this browser (imports stay on the computer that made them)'],
			['import_wdi/NOPE', 'wdi.csv has no indicator NOPE']
		]);
	});

	it('does not reject an indicator when the import lists only some of its indicators', () => {
		expect(missingEntries(['import_wdi/OTHER'], [{ ...meta, indicatorCount: 900 }])).toEqual([]);
	});
});

describe('importSource / importNotes', () => {
	it('names an import as the user’s own, never as a published source', () => {
		expect(importSource(meta)).toMatchObject({ source_id: 'import:import_wdi', publisher: 'Your import wdi.csv', year: 2026 });
		expect(importNotes(3, 2, 'percent')).toEqual([
			'Series marked “Your import” are your own imported figures, kept in this browser; they are not published by this observatory.',
			'2 imported figures are not drawn: the unit is not percent.'
		]);
		expect(importNotes(0, 0, 'percent')).toEqual([]);
	});
});
