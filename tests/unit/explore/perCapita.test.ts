import { describe, expect, it } from 'vitest';
import { nearestCensus, perCapitaApplies, toPerCapita } from '$lib/explore/perCapita';
import { census, obs } from './fixtures';

const censuses = [census('KH-1', 1998, 577_772), census('KH-1', 2008, 677_872), census('KH-1', 2019, 861_883)];

describe('nearestCensus(census, geo, year)', () => {
	it.each([
		[1990, 1998],
		[2005, 2008],
		[2012, 2008],
		[2014, 2019],
		[2025, 2019]
	])('uses the census nearest to %i: %i', (year, expected) => {
		expect(nearestCensus(censuses, 'KH-1', year)?.censusYear).toBe(expected);
	});

	it('prefers the earlier census when a year is halfway between two', () => {
		expect(nearestCensus(censuses, 'KH-1', 2003)?.censusYear).toBe(1998);
	});

	it('never borrows another place’s census', () => {
		expect(nearestCensus(censuses, 'KH-2', 2008)).toBeUndefined();
	});

	it('ignores census rows for a sub-group or one sex', () => {
		const rows = [census('KHM', 2019, 7_980_374, { sex: 'female' }), census('KHM', 2019, 4_570_000, { population_group: 'children_0_14' })];
		expect(nearestCensus(rows, 'KHM', 2019)).toBeUndefined();
	});

	it('prefers a total without an audit remark and reports the other one as an alternative', () => {
		const rows = [
			census('KH-2', 2008, 1_036_523, { source_id: 'a_src', note: 'probably provisional (audit: doubtful)' }),
			census('KH-2', 2008, 1_058_174, { source_id: 'z_src' })
		];
		const used = nearestCensus(rows, 'KH-2', 2009)!;
		expect(used.population).toBe(1_058_174);
		expect(used.alternatives.map((o) => o.value)).toEqual([1_036_523]);
	});
});

describe('perCapitaApplies(unit, domain)', () => {
	it.each([
		['count', 'border_migration', true],
		['percent', 'health_outcome', false],
		['rate_per_1000', 'health_outcome', false],
		['rate_per_100000', 'health_outcome', false],
		['usd', 'border_migration', false],
		['count', 'population', false]
	])('%s in %s → %s', (unit, domain, expected) => {
		expect(perCapitaApplies(unit, domain)).toBe(expected);
	});
});

describe('toPerCapita(rows, census)', () => {
	it('divides a count by the nearest census population and scales its interval', () => {
		const row = obs({ indicator_id: 'deportees_from_tha', geo_id: 'KH-1', year: 2010, value: 6_778.72, lower: 3_389.36, upper: 13_557.44 });
		const { rows, censuses: used } = toPerCapita([row], censuses);
		expect(rows[0]).toMatchObject({ value: 1000, lower: 500, upper: 2000, unit: 'rate_per_100000' });
		expect(rows[0].note).toContain('2008 census population (677,872)');
		expect(used.map((c) => [c.geo_id, c.censusYear])).toEqual([['KH-1', 2008]]);
	});

	it('never converts a percentage', () => {
		const row = obs({ indicator_id: 'hiv_prevalence', geo_id: 'KH-1', year: 2010, value: 0.6, unit: 'percent' });
		const result = toPerCapita([row], censuses);
		expect(result.rows).toEqual([]);
		expect(result.unavailable).toEqual([{ geo_id: 'KH-1', reason: 'only counts can be shown per 100,000' }]);
	});

	it('leaves out figures from selected sites and places without a census, saying why', () => {
		const sample = obs({ indicator_id: 'deportees_from_tha', geo_id: 'KH-1', year: 2010, value: 5, scope: 'sample' });
		const crossing = obs({ indicator_id: 'deportees_from_tha', geo_id: 'KH-1:poipet-aranyaprathet', year: 2010, value: 5 });
		const result = toPerCapita([sample, crossing], censuses);
		expect(result.rows).toEqual([]);
		expect(result.unavailable.map((u) => u.reason)).toEqual([
			'figure from selected sites, not the whole place',
			'no census population in the data'
		]);
	});
});
