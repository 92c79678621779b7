import { describe, expect, it } from 'vitest';
import { filterObservations } from '$lib/explore/filterObservations';
import { DEFAULT_VIEW } from '$lib/state/viewState';
import { obs } from './fixtures';

const rows = [
	obs({ indicator_id: 'hiv_prevalence', geo_id: 'KHM', year: 2010, value: 0.8, unit: 'percent', source_id: 'src_b' }),
	obs({ indicator_id: 'hiv_prevalence', geo_id: 'KHM', year: 2005, value: 0.9, unit: 'percent' }),
	obs({ indicator_id: 'hiv_prevalence', geo_id: 'KH-2', year: 2005, value: 4, unit: 'percent', population_group: 'few', sex: 'female' }),
	obs({ indicator_id: 'deportees_from_tha', geo_id: 'KHM', year: 2014, value: 270_000 })
];
const years = (r: typeof rows) => r.map((o) => `${o.geo_id}:${o.year}:${o.source_id}`);

describe('filterObservations(rows, view)', () => {
	it('keeps one indicator, every place, group, sex and source by default, in a stable order', () => {
		expect(years(filterObservations(rows, DEFAULT_VIEW))).toEqual(['KH-2:2005:src_a', 'KHM:2005:src_a', 'KHM:2010:src_b']);
	});

	it.each([
		[{ geo: ['KH-2'] }, ['KH-2:2005:src_a']],
		[{ population_group: 'all' }, ['KHM:2005:src_a', 'KHM:2010:src_b']],
		[{ sex: 'female' }, ['KH-2:2005:src_a']],
		[{ source: 'src_b' }, ['KHM:2010:src_b']],
		[{ years: [2006, 2010] as [number, number] }, ['KHM:2010:src_b']],
		[{ years: [2005, 2005] as [number, number] }, ['KH-2:2005:src_a', 'KHM:2005:src_a']],
		[{ indicator: 'deportees_from_tha' }, ['KHM:2014:src_a']],
		[{ geo: ['THA'] }, []]
	])('filters by %j', (change, expected) => {
		expect(years(filterObservations(rows, { ...DEFAULT_VIEW, ...change }))).toEqual(expected);
	});
});
