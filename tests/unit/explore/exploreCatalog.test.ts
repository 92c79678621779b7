import { describe, expect, it } from 'vitest';
import { buildCatalog } from '$lib/data/catalog';
import { buildExploreCatalog, knownCodes } from '$lib/explore/exploreCatalog';
import { census, fixtureTables, obs } from './fixtures';

const catalog = buildCatalog(
	fixtureTables([
		obs({ indicator_id: 'hiv_prevalence', geo_id: 'KHM', year: 2010, value: 0.8, unit: 'percent' }),
		obs({ indicator_id: 'hiv_prevalence', geo_id: 'KH-2', year: 2005, value: 4, unit: 'percent', population_group: 'few', sex: 'female', source_id: 'src_b' }),
		census('KH-1', 2008, 677_872),
		census('KHM', 2019, 7_980_374, { sex: 'female' })
	])
);
const explore = buildExploreCatalog(catalog);

describe('buildExploreCatalog(catalog)', () => {
	it('lists what exists for each indicator, so controls offer only combinations with figures', () => {
		expect(explore.coverage.hiv_prevalence).toEqual({
			geos: ['KH-2', 'KHM'],
			groups: ['all', 'few'],
			sexes: ['female', 'total'],
			sources: ['src_a', 'src_b'],
			years: [2005, 2010],
			count: 2
		});
	});

	it('offers only indicators that have figures', () => {
		expect(explore.indicators.map((i) => i.indicator_id).sort()).toEqual(['hiv_prevalence', 'population_census']);
	});

	it('carries census totals (all groups, both sexes) for rates', () => {
		expect(explore.census.map((o) => o.geo_id)).toEqual(['KH-1']);
	});
});

describe('knownCodes(explore)', () => {
	it('accepts every place and source in the catalog and the groups that have figures', () => {
		const known = knownCodes(explore);
		expect(known.geos.has('KH-1:poipet')).toBe(true);
		expect(known.sources.has('iom_sitrep_20jun2014')).toBe(true);
		expect(known.populationGroups.has('few')).toBe(true);
		expect(known.populationGroups.has('hotspot')).toBe(false);
		expect(known.indicators.has('deportees_from_tha')).toBe(false);
	});
});
