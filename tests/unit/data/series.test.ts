import { describe, expect, it } from 'vitest';
import { buildSeries, consecutiveRuns, latestPair, timeExtent, yearExtent } from '$lib/data/series';
import { obs } from './series.fixture';

describe('buildSeries', () => {
	it('never joins figures from different sources into one series', () => {
		const series = buildSeries([
			obs({ year: 1998, value: 1.2, source_id: 'wdi_2024' }),
			obs({ year: 1998, value: 1.9, source_id: 'wdi_2017' }),
			obs({ year: 2000, value: 1.3, source_id: 'wdi_2024' })
		]);
		expect(series).toHaveLength(2);
		for (const s of series) expect(new Set(s.points.map((p) => p.observation.source_id)).size).toBe(1);
	});

	it('makes one series per place, population group and sex', () => {
		const series = buildSeries([
			obs({ geo_id: 'KHM' }),
			obs({ geo_id: 'KH-1' }),
			obs({ population_group: 'few', sex: 'female' }),
			obs({ sex: 'female' })
		]);
		expect(series.map((s) => s.key).sort()).toEqual([
			'hiv_prevalence|KH-1|adults_15_49|total|src_a|place',
			'hiv_prevalence|KHM|adults_15_49|female|src_a|place',
			'hiv_prevalence|KHM|adults_15_49|total|src_a|place',
			'hiv_prevalence|KHM|few|female|src_a|place'
		]);
	});

	it('keeps a selected-sites sample apart from figures for the whole place', () => {
		const series = buildSeries([obs({ year: 2010 }), obs({ year: 2011, scope: 'sample' })]);
		expect(series).toHaveLength(2);
		expect(series.find((s) => s.scope === 'sample')?.points).toHaveLength(1);
	});

	it('sorts points by year whatever the input order', () => {
		const [s] = buildSeries([obs({ year: 2005 }), obs({ year: 1990 }), obs({ year: 2001 })]);
		expect(s.points.map((p) => p.year)).toEqual([1990, 2001, 2005]);
	});

	it('puts the longest series first', () => {
		const series = buildSeries([obs({ source_id: 'b' }), obs({ source_id: 'a', year: 1 }), obs({ source_id: 'a', year: 2 })]);
		expect(series[0].source_id).toBe('a');
	});

	it('returns no series for no observations', () => {
		expect(buildSeries([])).toEqual([]);
	});
});

describe('consecutiveRuns', () => {
	it('breaks a series where a year is missing instead of bridging the gap', () => {
		const [s] = buildSeries([1990, 1991, 1992, 1995, 1998, 1999].map((year) => obs({ year })));
		expect(consecutiveRuns(s.points).map((run) => run.map((p) => p.year))).toEqual([
			[1990, 1991, 1992],
			[1995],
			[1998, 1999]
		]);
	});

	it('gives a single run of one point for a single-year series', () => {
		const [s] = buildSeries([obs({ year: 2016 })]);
		expect(consecutiveRuns(s.points)).toHaveLength(1);
	});
});

describe('yearExtent and latestPair', () => {
	it('spans every point of every series', () => {
		const series = buildSeries([obs({ year: 2001 }), obs({ year: 2019, source_id: 'b' })]);
		expect(yearExtent(series)).toEqual([2001, 2019]);
		expect(yearExtent([])).toBeUndefined();
	});

	it('takes the previous figure from the same series only', () => {
		const [s] = buildSeries([obs({ year: 2020, value: 0.6 }), obs({ year: 2021, value: 0.5 })]);
		const { latest, previous } = latestPair(s);
		expect(latest.year).toBe(2021);
		expect(previous?.year).toBe(2020);
	});
});

describe('consecutiveRuns over reference periods', () => {
	const periods = (runs: { period: { text: string } }[][]) => runs.map((run) => run.map((p) => p.period.text));

	it('never puts a partial-year flow on the line of full years: the year-to-date count stands alone', () => {
		const [s] = buildSeries(
			['2009', '2010', '2015-01/2015-10', '2016', '2017', '2018'].map((period) => obs({ period, unit: 'count' })),
			() => 'flow'
		);
		expect(periods(consecutiveRuns(s.points, s.measure))).toEqual([['2009', '2010'], ['2015-01/2015-10'], ['2016', '2017', '2018']]);
	});

	it('joins flows only over spans of the same length that follow on', () => {
		const [s] = buildSeries(['2024-S1', '2024-S2', '2025', '2026-S1'].map((period) => obs({ period })), () => 'flow');
		expect(periods(consecutiveRuns(s.points, 'flow'))).toEqual([['2024-S1', '2024-S2'], ['2025'], ['2026-S1']]);
	});

	it('joins stocks at their dates whatever the form of their periods, breaking only where a period is missing', () => {
		const [s] = buildSeries(['2016', '2017', '2018-06', '2021'].map((period) => obs({ period })), () => 'stock');
		expect(s.measure).toBe('stock');
		expect(periods(consecutiveRuns(s.points, 'stock'))).toEqual([['2016', '2017', '2018-06'], ['2021']]);
	});

	it('treats a series as a flow when the measure is not known (the stricter rule)', () => {
		const [s] = buildSeries(['2017', '2018-06'].map((period) => obs({ period })));
		expect(s.measure).toBe('flow');
		expect(consecutiveRuns(s.points, s.measure)).toHaveLength(2);
	});

	it('sorts points by period: a year-to-date count before the full year that starts the same day', () => {
		const [s] = buildSeries(['2015', '2015-01/2015-10', '2014'].map((period) => obs({ period })));
		expect(s.points.map((p) => p.period.text)).toEqual(['2014', '2015-01/2015-10', '2015']);
	});
});

describe('timeExtent', () => {
	it('runs from the first day of the earliest period to the end of the last day of the latest, in fractional years', () => {
		const series = buildSeries([obs({ period: '2014' }), obs({ period: '2025-07-24/2025-08-06', source_id: 'b' })]);
		const [a, b] = timeExtent(series)!;
		expect(a).toBe(2014);
		expect(b).toBeCloseTo(2025 + (31 + 28 + 31 + 30 + 31 + 30 + 31 + 6) / 365, 6);
		expect(timeExtent([])).toBeUndefined();
	});
});
