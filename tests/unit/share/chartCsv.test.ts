import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { CSV_COLUMNS, chartCsv, downloadName } from '$lib/share/chartCsv';
import { UNAIDS, WB, geoName, obs } from './fixtures';

const ctx = {
	indicator: { indicator_id: 'hiv_prevalence', name: 'HIV prevalence' },
	geoName,
	sourceById: new Map([UNAIDS, WB].map((s) => [s.source_id, s]))
};

describe('chartCsv', () => {
	const rows = [
		obs({ year: 2001, value: 1.2, lower: 0.9, upper: 1.5 }),
		obs({ year: 2000, value: 1.3, note: '=HYPERLINK("x")' }),
		obs({ year: 2000, value: 1.8, source_id: 'wb_wdi_2017' })
	];
	const parsed = Papa.parse<Record<string, string>>(chartCsv(rows, ctx), { header: true });

	it('has the documented columns, one row per figure shown', () => {
		expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
		expect(parsed.data).toHaveLength(3);
	});

	it('writes values as published and leaves unpublished bounds empty', () => {
		const first = parsed.data[0];
		expect(first).toMatchObject({ year: '2000', value: '1.3', lower: '', upper: '', place: 'Cambodia' });
		expect(parsed.data[1]).toMatchObject({ year: '2001', value: '1.2', lower: '0.9', upper: '1.5' });
	});

	it('puts the source of each figure in its own columns', () => {
		expect(parsed.data[2]).toMatchObject({
			source_id: 'wb_wdi_2017',
			source_publisher: 'World Bank (series sourced from UNAIDS estimates)',
			source_year: '2017',
			source_url: 'https://data.worldbank.org/indicator/SH.DYN.AIDS.ZS?locations=KH',
			source_accessed: '2026-11-20'
		});
	});

	it('escapes text a spreadsheet would run as a formula', () => {
		expect(parsed.data[0].note).toBe('\'=HYPERLINK("x")');
	});
});

describe('downloadName', () => {
	it('names the indicator, the places and the years', () => {
		expect(downloadName('hiv_prevalence', [obs({ year: 1990, value: 1 }), obs({ year: 2021, value: 1 })], 'csv')).toBe(
			'hiv_prevalence-KHM-1990-2021.csv'
		);
	});
});
