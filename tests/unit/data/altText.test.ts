import { describe, expect, it } from 'vitest';
import { altText, describeSeries, gapText } from '$lib/data/altText';
import { buildSeries } from '$lib/data/series';
import { geoName, obs } from '../share/fixtures';
import { observationOf } from '../../support/rows';
import type { Observation } from '$lib/data/schema';

const labels: Record<string, string> = { unaids_2024: 'UNAIDS, 2024', wb_wdi_2017: 'World Bank, 2017', sample_src: 'Study, 2013' };
const ctx = { indicatorName: 'HIV prevalence', geoName, sourceLabel: (id: string) => labels[id] ?? id };

function text(rows: Parameters<typeof obs>[0][]) {
	return altText({ ...ctx, series: buildSeries(rows.map(obs)) });
}

describe('altText', () => {
	it('names the first and last year and value, the direction and the source', () => {
		const t = text([
			{ year: 2000, value: 1.9 },
			{ year: 2001, value: 1.5 },
			{ year: 2002, value: 0.5 }
		]);
		expect(t).toBe('HIV prevalence among adults aged 15–49 in Cambodia fell from 1.9% in 2000 to 0.5% in 2002 (UNAIDS, 2024).');
	});

	it('says "rose" for an increase and mentions an interior peak', () => {
		const t = text([
			{ year: 1990, value: 0.1 },
			{ year: 1991, value: 2 },
			{ year: 1992, value: 0.6 }
		]);
		expect(t).toContain('rose from 0.1% in 1990 to 0.6% in 1992, peaking at 2% in 1991');
	});

	it('describes a single figure without inventing a trend', () => {
		const t = text([{ year: 2016, value: 3.2, population_group: 'few', sex: 'female' }]);
		expect(t).toBe('HIV prevalence among female entertainment workers in Cambodia was 3.2% in 2016 (UNAIDS, 2024).');
	});

	it('names the years with no figure instead of implying a continuous line', () => {
		const t = text([
			{ year: 2000, value: 1.3 },
			{ year: 2005, value: 1.1 },
			{ year: 2006, value: 1.0 },
			{ year: 2010, value: 0.8 }
		]);
		expect(t).toContain('no figures for 2001–2004 and 2007–2009');
	});

	it('keeps two sources as two sentences, each with its source', () => {
		const t = text([
			{ year: 2000, value: 1.3 },
			{ year: 2021, value: 0.6 },
			{ year: 2000, value: 1.8, source_id: 'wb_wdi_2017' },
			{ year: 2015, value: 0.6, source_id: 'wb_wdi_2017' }
		]);
		expect(t.split('. ').length).toBe(2);
		expect(t).toContain('fell from 1.3% in 2000 to 0.6% in 2021, no figures for 2001–2020 (UNAIDS, 2024)');
		expect(t).toContain('fell from 1.8% in 2000 to 0.6% in 2015, no figures for 2001–2014 (World Bank, 2017)');
	});

	it('summarises many series and describes the longest one', () => {
		const t = text([
			{ year: 2000, value: 1.3 },
			{ year: 2001, value: 1.2 },
			{ year: 2002, value: 1.1 },
			{ year: 2005, value: 1, geo_id: 'KH-1' },
			{ year: 2010, value: 2, source_id: 'wb_wdi_2017' }
		]);
		expect(t).toMatch(/^The chart shows 3 series of HIV prevalence for Cambodia and Banteay Meanchey, 2000–2010, from 2 sources;/);
		expect(t).toContain('fell from 1.3% in 2000 to 1.1% in 2002 (UNAIDS, 2024).');
	});

	it('never presents a selected-sites sample as the place', () => {
		const t = text([{ year: 2007, value: 23, scope: 'sample', source_id: 'sample_src', population_group: 'fsw', sex: 'female' }]);
		expect(t).toContain('in selected sites coded to Cambodia (not representative of Cambodia)');
	});

	it('names the provinces of a grouped survey domain', () => {
		const t = text([{ year: 2010, value: 5, geo_id: 'KH-2', scope: 'grouped_domain', reporting_domain: 'KH-2+KH-24' }]);
		expect(t).toContain('in Battambang and Pailin (reported together)');
	});

	it('formats counts with separators and says when nothing matches', () => {
		const t = text([
			{ year: 2014, value: 250000, unit: 'count', population_group: 'returnees' },
			{ year: 2015, value: 250000, unit: 'count', population_group: 'returnees' }
		]);
		expect(t).toContain('was 250,000 in 2014 and again in 2015');
		expect(altText({ ...ctx, series: [] })).toBe('HIV prevalence: no published figures match this view.');
	});
});

describe('gapText', () => {
	it('is empty for consecutive years and counts long runs of gaps', () => {
		expect(gapText([{ year: 1 }, { year: 2 }])).toBe('');
		expect(gapText([{ year: 1 }, { year: 3 }, { year: 5 }, { year: 7 }, { year: 9 }])).toBe('no figures for 4 of the years in between');
	});
});

describe('describeSeries', () => {
	it('reads the same for one series as altText', () => {
		const [s] = buildSeries([obs({ year: 2000, value: 1 }), obs({ year: 2001, value: 2 })]);
		expect(describeSeries(s, ctx)).toBe(altText({ ...ctx, series: [s] }));
	});
});

describe('altText over reference periods', () => {
	const flows = (rows: Partial<Observation>[]) =>
		altText({
			...ctx,
			indicatorName: 'Deportations',
			series: buildSeries(rows.map((r) => observationOf({ population_group: 'adults_15_49', source_id: 'unaids_2024', unit: 'count', ...r })), () => 'flow')
		});

	it('never folds a year-to-date count into a rise or fall: it is named, with its span, as not compared', () => {
		const t = flows([
			{ period: '2009', value: 90000 },
			{ period: '2010', value: 104673 },
			{ period: '2015-01/2015-10', value: 55626 },
			{ period: '2016', value: 55000 }
		]);
		expect(t).toContain('fell from 90,000 in 2009 to 55,000 in 2016, peaking at 104,673 in 2010');
		expect(t).toContain('55,626 in January – October 2015 (10 months) covers another span and is not compared');
		expect(t).not.toContain('low of 55,626');
	});

	it('says the period of a single sub-annual figure in words', () => {
		expect(flows([{ period: '2025-07-24/2025-08-06', value: 750000 }])).toContain('was 750,000 in July 24 – August 6, 2025');
		expect(flows([{ period: '2025-06-24', value: 6485 }])).toContain('was 6,485 on June 24, 2025');
	});

	it('compares half-years with half-years, not with the full year before them', () => {
		const t = flows([
			{ period: '2023', value: 200 },
			{ period: '2024-S1', value: 104 },
			{ period: '2025-S1', value: 99 }
		]);
		expect(t).toContain('fell from 104 in January – June 2024 to 99 in January – June 2025');
		expect(t).toContain('200 in 2023 (a whole year) covers another span and is not compared');
	});
});
