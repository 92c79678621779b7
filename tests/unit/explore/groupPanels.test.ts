import { describe, expect, it } from 'vitest';
import { buildSeries } from '$lib/data/series';
import { groupPanels } from '$lib/explore/groupPanels';
import { obs } from './fixtures';

const hiv = (geo_id: string, year: number, extra = {}) =>
	obs({ indicator_id: 'hiv_prevalence', geo_id, year, value: 1, unit: 'percent', ...extra });

describe('groupPanels(series)', () => {
	const panels = groupPanels(
		buildSeries([
			hiv('KH-12', 2013, { population_group: 'fsw', sex: 'female' }),
			hiv('KH-12', 2014, { population_group: 'fsw', sex: 'female' }),
			hiv('KH-2', 2010, { population_group: 'adults_15_49' }),
			hiv('KHM', 2010, { population_group: 'adults_15_49' }),
			hiv('KHM', 2011, { population_group: 'adults_15_49', source_id: 'src_b' }),
			hiv('KH-1', 2010, { population_group: 'adults_15_49' })
		])
	);

	it('makes one panel per population group and sex, whole population first', () => {
		expect(panels.map((p) => p.key)).toEqual(['adults_15_49|total', 'fsw|female']);
	});

	it('compares places inside a panel, Cambodia and Banteay Meanchey first, each source its own series', () => {
		expect(panels[0].series.map((s) => `${s.geo_id}/${s.source_id}`)).toEqual(['KHM/src_a', 'KHM/src_b', 'KH-1/src_a', 'KH-2/src_a']);
		expect(panels[0].figures).toBe(4);
	});
});
