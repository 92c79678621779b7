import { describe, expect, it } from 'vitest';
import { mapUnits, type MapValue } from '$lib/charts/map/mapUnits';
import { describeUnit } from '$lib/charts/map/describeUnit';

function v(geo_id: string, value: number, extra: Partial<MapValue> = {}): MapValue {
	return { geo_id, value, lower: null, upper: null, year: 2010, source: 'CDHS 2010', scope: 'place', reporting_domain: null, ...extra };
}
const domain = (geo_id: string, value: number, reporting_domain: string) => v(geo_id, value, { scope: 'grouped_domain', reporting_domain });

describe('mapUnits(values)', () => {
	it('covers all 24 polygons with one unit each when there is no domain, empty ones as no data', () => {
		const { units } = mapUnits([v('KH-1', 69)]);
		expect(units).toHaveLength(24);
		expect(units.find((u) => u.key === 'KH-1')?.figure?.value).toBe(69);
		expect(units.filter((u) => u.figure === null)).toHaveLength(23);
	});

	it('makes a grouped survey domain one unit, even when only one member row is given', () => {
		const { units } = mapUnits([domain('KH-2', 78, 'KH-2+KH-24'), domain('KH-24', 78, 'KH-2+KH-24'), domain('KH-9', 79, 'KH-18+KH-9')]);
		expect(units).toHaveLength(22);
		const bp = units.find((u) => u.key === 'KH-2+KH-24')!;
		expect(bp).toMatchObject({ ids: ['KH-2', 'KH-24'], name: 'Battambang + Pailin', grouped: true });
		expect(units.find((u) => u.key === 'KH-9+KH-18')?.ids).toEqual(['KH-9', 'KH-18']);
		expect(describeUnit(bp, 'percent')).toBe('Battambang + Pailin (one survey domain): 78% (2010, CDHS 2010)');
	});

	it('refuses two values in one domain, and two figures for one province', () => {
		expect(() => mapUnits([domain('KH-2', 78, 'KH-2+KH-24'), domain('KH-24', 70, 'KH-2+KH-24')])).toThrow(/differ in value/);
		expect(() => mapUnits([v('KH-1', 1), v('KH-1', 2, { year: 2014 })])).toThrow(/two figures for KH-1/);
	});

	it('never colours a province from a selected-sites sample, and says why', () => {
		const { units, notMapped } = mapUnits([v('KH-12', 23, { scope: 'sample' }), v('KHM', 70)]);
		expect(units.find((u) => u.key === 'KH-12')?.figure).toBeNull();
		expect(notMapped.map((n) => [n.value.geo_id, n.reason])).toEqual([
			['KH-12', 'selected sites only, does not describe the province'],
			['KHM', 'not a province']
		]);
	});

	it('labels KH-3 as including Tboung Khmum for pre-2014 figures', () => {
		const kh3 = mapUnits([v('KH-3', 68)]).units.find((u) => u.key === 'KH-3')!;
		expect(kh3.name).toBe('Kampong Cham (incl. Tboung Khmum)');
		expect(kh3.caveat).toBeNull();
	});

	it('warns that a 2014+ Kampong Cham figure excludes Tboung Khmum', () => {
		const kh3 = mapUnits([v('KH-3', 899791, { year: 2019 })]).units.find((u) => u.key === 'KH-3')!;
		expect(kh3.figure?.value).toBe(899791);
		expect(kh3.caveat).toMatch(/without Tboung Khmum/);
	});

	it('does not colour KH-3 when Tboung Khmum has its own figure: both are listed', () => {
		const kh3 = mapUnits([v('KH-3', 899791, { year: 2019 }), v('KH-25', 776841, { year: 2019 })]).units.find((u) => u.key === 'KH-3')!;
		expect(kh3.figure).toBeNull();
		expect(kh3.split?.map((f) => f.geo_id)).toEqual(['KH-3', 'KH-25']);
		expect(describeUnit(kh3, 'count')).toMatch(/^Kampong Cham and Tboung Khmum: published separately, Kampong Cham 899,791 .*Tboung Khmum 776,841/);
	});

	it('sorts units by name and describes a missing one as no data', () => {
		const { units } = mapUnits([]);
		const names = units.map((u) => u.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
		expect(describeUnit(units.find((u) => u.key === 'KH-10')!, 'percent')).toBe('Kratie: no data');
	});

	it('adds a published interval to the description', () => {
		const u = mapUnits([v('KH-1', 2.1, { lower: 1.5, upper: 2.9 })]).units.find((x) => x.key === 'KH-1')!;
		expect(describeUnit(u, 'percent')).toBe('Banteay Meanchey: 2.1% (interval 1.5–2.9%) (2010, CDHS 2010)');
	});
});
