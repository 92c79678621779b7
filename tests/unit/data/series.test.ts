import { describe, expect, it } from 'vitest';
import { buildSeries, consecutiveRuns, latestPair, yearExtent } from '$lib/data/series';
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
