/** The importer's small pure helpers: units, sizes, format description, preview selection. */
import { describe, expect, it } from 'vitest';
import { normalizeUnit } from '$lib/import/normalizeUnit';
import { unitFromText } from '$lib/import/unitFromText';
import { formatBytes } from '$lib/import/limits';
import { previewRows } from '$lib/import/previewRows';
import { describeFormat } from '../../../src/routes/import/describeFormat';
import { previewSeries } from '../../../src/routes/import/previewSeries';
import { read, readOk } from './fixtures';

describe('normalizeUnit(raw)', () => {
	it.each([
		['PCNT', 'percent'],
		['%', 'percent'],
		['PS', 'count'],
		['Persons', 'count'],
		['PER_1000', 'rate_per_1000'],
		['per 100000', 'rate_per_100000'],
		['USD', 'usd'],
		['YR', ''],
		['', '']
	])('%j → %j', (raw, unit) => expect(normalizeUnit(raw)).toBe(unit));
});

describe('unitFromText(title)', () => {
	it.each([
		['Share of the population infected with HIV', 'percent'],
		['Coverage (%)', 'percent'],
		['Deaths (per 100,000 people)', 'rate_per_100000'],
		['Infant deaths per 1000 live births', 'rate_per_1000'],
		['GDP (current US$)', 'usd'],
		['Number of returnees', 'count'],
		['Life expectancy', '']
	])('%j → %j', (title, unit) => expect(unitFromText(title)).toBe(unit));
});

describe('formatBytes(n)', () => {
	it.each([
		[0, '0 bytes'],
		[1536, '1.5 KB'],
		[200 * 1024 * 1024, '200 MB'],
		[201 * 1024 * 1024, '201 MB'],
		[3 * 1024 ** 3, '3 GB']
	])('%d → %s', (n, text) => expect(formatBytes(n)).toBe(text));
});

describe('describeFormat(format)', () => {
	it('says how a WDI file was read', async () => {
		expect(describeFormat(readOk(await read('wdi-hiv-prevalence.csv')).format)).toEqual([
			'UTF-8 with a byte-order mark, comma-separated',
			'header on line 5',
			'4 lines above the header skipped (file metadata)'
		]);
	});

	it('names HXL tags, footers, legacy encodings and Parquet', async () => {
		expect(describeFormat(readOk(await read('hdx-hxl-returnees.csv')).format)[1]).toBe('header on line 1, HXL hashtags on line 2');
		expect(describeFormat(readOk(await read('wdi-databank-export.csv')).format)).toContain('2 footer lines at the end set aside');
		expect(describeFormat(readOk(await read('owid-utf16le-tabs.txt')).format)[0]).toBe('UTF-16 (little-endian) with a byte-order mark, tab-separated');
		expect(describeFormat(readOk(await read('owid-hiv-share.parquet')).format)).toEqual(['Parquet file, read column by column in the browser']);
	});
});

describe('preview chart', () => {
	it('previewRows charts the observatory’s own places when the file has any', async () => {
		const rows = previewRows(readOk(await read('wdi-hiv-prevalence.csv')).data.builder);
		expect([...new Set(rows.map((r) => r.geo_id))].sort()).toEqual(['KHM', 'LAO', 'THA', 'VNM']);
		expect(rows).toHaveLength(4 * 34);
	});

	it('previewRows falls back to any places, six series at most', async () => {
		const rows = previewRows(readOk(await read('latin1-semicolon.csv', { mapping: { place: 0, year: 1, value: 2, indicator: -1, indicatorName: 'x' } })).data.builder, 2);
		expect(new Set(rows.map((r) => r.geo_id)).size).toBe(2);
	});

	it('previewSeries labels series by place (and sex when it varies) and keeps the unit', async () => {
		const chart = previewSeries(previewRows(readOk(await read('sdmx-unicef-hiv-incidence.csv')).data.builder));
		expect(chart?.unit).toBe('rate_per_1000');
		expect(chart?.series.map((s) => s.label).sort()).toEqual(['Cambodia · female', 'Cambodia · total', "Lao People's Democratic Republic · total", 'Thailand · total']);
	});

	it('previewSeries names known places as the observatory does when the file gives only codes', async () => {
		const chart = previewSeries(previewRows(readOk(await read('tidy-own.csv')).data.builder), { KHM: 'Cambodia', 'KH-1': 'Banteay Meanchey' });
		expect(chart?.series.map((s) => s.label).sort()).toEqual(['Banteay Meanchey', 'Cambodia']);
	});

	it('previewSeries draws nothing without a known unit', async () => {
		const r = readOk(await read('latin1-semicolon.csv', { mapping: { place: 0, year: 1, value: 2, indicator: -1, indicatorName: 'x' } }));
		expect(previewSeries(previewRows(r.data.builder))).toBeNull();
	});
});
