import { describe, expect, it } from 'vitest';
import { groupSexLabel, shortPublisher, uniqueSourceLabels } from '$lib/data/labels';
import { labelSeries } from '$lib/data/seriesLabel';
import { buildSeries } from '$lib/data/series';
import type { Source } from '$lib/data/schema';
import { sourceOf } from '../../support/rows';
import { obs } from './series.fixture';

const src = (source_id: string, publisher: string, year: number | null, title = 'A title'): Source => sourceOf({
	source_id,
	publisher,
	year,
	title,
	url: 'https://x',
	locator: null,
	license: 'unknown',
	accessed: '2026-11-28'
});

describe('labels', () => {
	it('uses people-first group names and does not repeat the sex', () => {
		expect(groupSexLabel('few', 'female')).toBe('Female entertainment workers');
		expect(groupSexLabel('returnees', 'female')).toBe('Returning migrants (women and girls)');
		expect(groupSexLabel('all', 'female')).toBe('Women and girls');
	});
	it('shortens publishers to what fits a legend', () => {
		expect(shortPublisher('World Bank (series sourced from UNAIDS estimates)')).toBe('World Bank');
	});
	it('keeps source labels unique among the sources shown together', () => {
		const labels = uniqueSourceLabels([src('a', 'IOM Cambodia, via ReliefWeb', 2020, 'Sitrep May'), src('b', 'IOM Cambodia, via ReliefWeb', 2020, 'Sitrep Oct')]);
		expect(new Set(labels.values()).size).toBe(2);
	});
});

describe('labelSeries', () => {
	const lookups = {
		geoById: new Map([['KHM', { name: 'Cambodia' }], ['KH-1', { name: 'Banteay Meanchey' }]]),
		sourceById: new Map([['a', src('a', 'World Bank', 2024)], ['b', src('b', 'World Bank', 2017)]])
	};
	it('names only what differs between the series shown together', () => {
		const labelled = labelSeries(buildSeries([obs({ source_id: 'a' }), obs({ source_id: 'b', year: 1999 })]), lookups);
		expect(labelled.map((s) => s.label).sort()).toEqual(['World Bank, 2017', 'World Bank, 2024']);
		const places = labelSeries(buildSeries([obs({ source_id: 'a' }), obs({ source_id: 'a', geo_id: 'KH-1' })]), lookups);
		expect(places.map((s) => s.label).sort()).toEqual(['Banteay Meanchey', 'Cambodia']);
	});
	it('always marks a selected-sites sample', () => {
		const [s] = labelSeries(buildSeries([obs({ source_id: 'a', scope: 'sample' })]), lookups);
		expect(s.label).toBe('World Bank, 2024 (selected sites, not national)');
	});
});
