import { describe, expect, it } from 'vitest';
import { buildCatalog } from '$lib/data/catalog';
import { buildExploreCatalog } from '$lib/explore/exploreCatalog';
import { changeIndicator } from '$lib/explore/changeIndicator';
import { DEFAULT_VIEW } from '$lib/state/viewState';
import { fixtureTables, obs } from './fixtures';

const explore = buildExploreCatalog(
	buildCatalog(
		fixtureTables([
			obs({ indicator_id: 'hiv_prevalence', geo_id: 'KHM', year: 2010, value: 0.8, unit: 'percent', population_group: 'few', sex: 'female' }),
			obs({ indicator_id: 'deportees_from_tha', geo_id: 'KHM', year: 2014, value: 270_000, population_group: 'returnees', source_id: 'src_b' }),
			obs({ indicator_id: 'deportees_from_tha', geo_id: 'KH-1', year: 2016, value: 55_000, population_group: 'returnees', sex: 'female' })
		])
	)
);

describe('changeIndicator(view, indicator, explore)', () => {
	it('keeps the places and clears a group, sex or source the new indicator has no figures for', () => {
		const view = { ...DEFAULT_VIEW, geo: ['KH-1', 'KHM'], population_group: 'few', sex: 'female', source: 'src_a' };
		expect(changeIndicator(view, 'deportees_from_tha', explore)).toEqual({
			...DEFAULT_VIEW,
			indicator: 'deportees_from_tha',
			geo: ['KH-1', 'KHM'],
			sex: 'female',
			source: 'src_a'
		});
	});

	it('keeps a year range that overlaps the new indicator’s years and clears one that does not', () => {
		expect(changeIndicator({ ...DEFAULT_VIEW, years: [2015, 2020] }, 'deportees_from_tha', explore).years).toEqual([2015, 2020]);
		expect(changeIndicator({ ...DEFAULT_VIEW, years: [1990, 2000] }, 'deportees_from_tha', explore).years).toBeNull();
	});

	it('keeps a rate per 100,000 only when the new indicator is a count', () => {
		const perCapita = { ...DEFAULT_VIEW, indicator: 'deportees_from_tha', perCapita: true };
		expect(changeIndicator(perCapita, 'hiv_prevalence', explore).perCapita).toBe(false);
		expect(changeIndicator({ ...perCapita, indicator: 'hiv_prevalence' }, 'deportees_from_tha', explore).perCapita).toBe(true);
	});
});
