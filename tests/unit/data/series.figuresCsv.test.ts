import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { figuresCsv, FIGURES_CSV_COLUMNS } from '$lib/data/figuresCsv';
import type { Geo, Indicator, Source } from '$lib/data/schema';
import { obs } from './series.fixture';

const lookups = {
	indicatorById: new Map([['hiv_prevalence', { indicator_id: 'hiv_prevalence', name: 'HIV prevalence' } as Indicator]]),
	geoById: new Map([['KHM', { geo_id: 'KHM', name: 'Cambodia' } as Geo]]),
	sourceById: new Map([
		['s', { source_id: 's', publisher: 'World Bank', year: 2024, title: 'WDI, "HIV"', url: 'https://x', locator: null, license: 'CC BY 4.0', accessed: '2026-11-28' } as Source]
	])
};

describe('figuresCsv', () => {
	it('writes one row per figure with its source citation, and parses back to the same values', () => {
		const text = figuresCsv(
			[obs({ year: 2001, value: 1.3, source_id: 's', note: 'a, "quoted" note' }), obs({ year: 2000, value: 1.2, lower: 1, upper: 1.4, source_id: 's' })],
			lookups
		);
		const parsed = Papa.parse<Record<string, string>>(text.trim(), { header: true });
		expect(parsed.meta.fields).toEqual([...FIGURES_CSV_COLUMNS]);
		expect(parsed.data.map((r) => [r.year, r.value, r.lower, r.upper])).toEqual([
			['2000', '1.2', '1', '1.4'],
			['2001', '1.3', '', '']
		]);
		expect(parsed.data[1]).toMatchObject({ note: 'a, "quoted" note', source_publisher: 'World Bank', source_title: 'WDI, "HIV"', geo_name: 'Cambodia' });
	});
});

describe('figuresCsv periods', () => {
	it('says each figure\'s period in words beside the period as written and its first and last day', () => {
		const text = figuresCsv([obs({ period: '2025-S1', value: 99, source_id: 's' }), obs({ period: '2025-07-24/2025-08-06', value: 7, source_id: 's' })], lookups);
		const parsed = Papa.parse<Record<string, string>>(text.trim(), { header: true });
		expect(parsed.data.map((r) => [r.period, r.period_label, r.period_start, r.period_end])).toEqual([
			['2025-S1', 'January – June 2025', '2025-01-01', '2025-06-30'],
			['2025-07-24/2025-08-06', 'July 24 – August 6, 2025', '2025-07-24', '2025-08-06']
		]);
	});
});
