import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { shareModel } from '$lib/share/shareModel';
import { buildSeries } from '$lib/data/series';
import { labelSeries } from '$lib/data/seriesLabel';
import { seriesView } from '$lib/share/seriesView';
import type { Indicator } from '$lib/data/schema';
import { indicatorOf } from '../../support/rows';
import { GEO_NAMES, UNAIDS, WB, obs } from './fixtures';

const indicator: Indicator = indicatorOf({ indicator_id: 'hiv_prevalence', name: 'HIV prevalence', higher_is_better: false });
const rows = [obs({ year: 2000, value: 1.3 }), obs({ year: 2021, value: 0.6 }), obs({ year: 2000, value: 1.8, source_id: 'wb_wdi_2017' })];
const lookups = { geoById: new Map(Object.entries(GEO_NAMES).map(([id, name]) => [id, { name }])), sourceById: new Map([UNAIDS, WB].map((s) => [s.source_id, s])) };
const series = labelSeries(buildSeries(rows), lookups);
const input = { view: seriesView('hiv_prevalence', series), indicator, series, sources: [UNAIDS, WB], geoNames: GEO_NAMES };

describe('shareModel', () => {
	const model = shareModel(input, 'https://x.org', '2026-12-01');

	it('shares exactly the figures the chart draws, as CSV with sources', () => {
		expect(model.rows).toHaveLength(3);
		const csv = Papa.parse<Record<string, string>>(model.csv(), { header: true, skipEmptyLines: true }).data;
		expect(csv.map((r) => `${r.year} ${r.value} ${r.source_id}`).sort()).toEqual(['2000 1.3 unaids_2024', '2000 1.8 wb_wdi_2017', '2021 0.6 unaids_2024']);
	});

	it('links the view in the explorer and the embed page', () => {
		expect(model.permalink).toBe('https://x.org/explore/?geo=KHM&group=adults_15_49&sex=total');
		expect(model.embed).toBe('https://x.org/embed/hiv_prevalence/?geo=KHM&group=adults_15_49&sex=total');
	});

	it('cites with the access date and the data year', () => {
		expect(model.cited).toMatchObject({ accessed: '2026-12-01', dataAsOf: '2026-11-28', title: 'HIV prevalence: Cambodia, adults aged 15–49, 2000–2021' });
	});

	it('describes the chart and writes the same text, the key and the sources into the image', () => {
		expect(model.alt).toContain('fell from 1.3% in 2000 to 0.6% in 2021');
		const text = model.exportText();
		expect(text.description).toBe(model.alt);
		expect(text.panels?.[0].legend?.map((e) => e.label)).toEqual(series.map((s) => s.label));
		expect(text.source).toContain('https://x.org/explore/?geo=KHM');
	});

	it('takes plain figures for a dot plot: dot-plot alt text, no key', () => {
		const dots = shareModel({ ...input, series: [], figures: [obs({ year: 2010, value: 80, geo_id: 'KH-1' }), obs({ year: 2010, value: 70, geo_id: 'KH-2' })] }, 'https://x.org', '2026-12-01');
		expect(dots.alt).toBe('HIV prevalence, 2010, 2 figures for 2 places: highest Banteay Meanchey 80%, lowest Battambang 70% (UNAIDS, 2024).');
		expect(dots.exportText().panels?.[0].legend).toBeUndefined();
		expect(dots.fileStem).toBe('hiv_prevalence-KH-1_KH-2-2010');
	});

	it('shares a chart that is no explorer view: its own link, embed page, subject, indicator names and key', () => {
		const mixed = [obs({ year: 2010, value: 5, indicator_id: 'a_count', unit: 'count' }), obs({ year: 2012, value: 9, indicator_id: 'b_count', unit: 'count' })];
		const mixedSeries = labelSeries(buildSeries(mixed), lookups);
		const legend = [{ label: 'Kind A', color: '#000' }];
		const chart = shareModel(
			{
				indicator: { indicator_id: 'border-returns', name: 'Returns', unit: 'count' },
				indicators: [
					{ indicator_id: 'a_count', name: 'A counted' },
					{ indicator_id: 'b_count', name: 'B counted' }
				],
				series: mixedSeries,
				sources: [UNAIDS],
				geoNames: GEO_NAMES,
				legend,
				permalinkPath: '/places/KH-1/#returns',
				embedPath: '/embed/border/returns/'
			},
			'https://x.org',
			'2026-12-01'
		);
		expect(chart.permalink).toBe('https://x.org/places/KH-1/#returns');
		expect(chart.embed).toBe('https://x.org/embed/border/returns/');
		expect(chart.titles.title).toBe('Returns');
		expect(chart.cited.title).toBe('Returns: Cambodia, 2010–2012');
		expect(chart.fileStem).toBe('border-returns-KHM-2010-2012');
		const csv = Papa.parse<Record<string, string>>(chart.csv(), { header: true, skipEmptyLines: true }).data;
		expect(csv.map((r) => `${r.indicator_name} ${r.year} ${r.value}`)).toEqual(['A counted 2010 5', 'B counted 2012 9']);
		expect(chart.exportText().panels?.[0].legend).toBe(legend);
	});

	it('refuses a chart with neither an explorer view nor its own links', () => {
		expect(() => shareModel({ ...input, view: undefined }, 'https://x.org', '2026-12-01')).toThrow(/permalink/);
	});
});
