import { describe, expect, it } from 'vitest';
import { buildCatalog } from '$lib/data/catalog';
import { buildPlaceProfile, profilePlaceIds } from '$lib/places/placeProfile';
import { fixtureTables, obs } from '../explore/fixtures';

const sba = (geo_id: string, year: number, value: number, extra = {}) =>
	obs({ indicator_id: 'skilled_birth_attendance', geo_id, year, value, unit: 'percent', ...extra });

const catalog = buildCatalog(
	fixtureTables([
		sba('KH-1', 2010, 69),
		sba('KHM', 2010, 71),
		sba('KHM', 2010, 70.5, { source_id: 'src_b' }),
		sba('KHM', 2010, 40, { source_id: 'src_b', scope: 'sample', population_group: 'all' }),
		sba('KHM', 2014, 89),
		obs({ indicator_id: 'hiv_prevalence', geo_id: 'KH-1', year: 2016, value: 2, unit: 'percent', population_group: 'pregnant_women', sex: 'female' }),
		obs({ indicator_id: 'hiv_prevalence', geo_id: 'KHM', year: 2016, value: 0.6, unit: 'percent', population_group: 'adults_15_49' }),
		obs({ indicator_id: 'deportees_from_tha', geo_id: 'KH-1:poipet-aranyaprathet', year: 2015, value: 67_087 }),
		obs({ indicator_id: 'deportees_from_tha', geo_id: 'THA', year: 2015, value: 1 })
	])
);

describe('buildPlaceProfile(catalog, geoId)', () => {
	const profile = buildPlaceProfile(catalog, 'KH-1')!;

	it('groups every figure of the place by domain, in the domain order of the schema', () => {
		expect(profile.count).toBe(2);
		expect(profile.domains.map((d) => d.domain)).toEqual(['health_outcome', 'service_coverage']);
	});

	it('puts the national figures of every source for the same indicator, year, group and sex beside it', () => {
		const figure = profile.domains[1].indicators[0].figures[0];
		expect(figure.observation.value).toBe(69);
		expect(figure.national.map((o) => [o.value, o.source_id])).toEqual([
			[71, 'src_a'],
			[70.5, 'src_b']
		]);
	});

	it('never compares with a national-coded sample, nor with another population group', () => {
		const hiv = profile.domains[0].indicators[0].figures[0];
		expect(hiv.national).toEqual([]);
		const sbaFigure = profile.domains[1].indicators[0].figures[0];
		expect(sbaFigure.national.some((o) => o.scope === 'sample')).toBe(false);
	});

	it('cites every source on the page, national comparisons included', () => {
		expect(profile.sources.map((s) => s.source_id)).toEqual(['src_a', 'src_b']);
	});

	it('knows the place’s parents and the country it is compared with', () => {
		const poipetCrossing = buildPlaceProfile(catalog, 'KH-1:poipet-aranyaprathet')!;
		expect(poipetCrossing.ancestors.map((g) => g.geo_id)).toEqual(['KH-1', 'KHM']);
		expect(poipetCrossing.country?.geo_id).toBe('KHM');
	});

	it('has no national comparison for the country itself or for a place abroad', () => {
		expect(buildPlaceProfile(catalog, 'KHM')!.country).toBeNull();
		const thailand = buildPlaceProfile(catalog, 'THA')!;
		expect(thailand.country).toBeNull();
		expect(thailand.domains[0].indicators[0].figures[0].national).toEqual([]);
	});

	it('lists places inside it that have figures', () => {
		expect(profile.children.map((g) => g.geo_id)).toEqual(['KH-1:poipet-aranyaprathet']);
	});

	it('returns undefined for an unknown place', () => {
		expect(buildPlaceProfile(catalog, 'XX')).toBeUndefined();
	});
});

describe('profilePlaceIds(catalog)', () => {
	it('lists every place with at least one figure and no place without', () => {
		expect(profilePlaceIds(catalog)).toEqual(['KHM', 'THA', 'KH-1', 'KH-1:poipet-aranyaprathet']);
	});
});
