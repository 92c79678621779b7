import { describe, expect, it } from 'vitest';
import { chooseSnapshot, provinceSnapshots, toMapPoints, toMapValues } from '$lib/charts/map/mapValues';
import type { Geo, Observation } from '$lib/data/schema';
import { observationOf } from '../../../support/rows';

function o(geo_id: string, year: number, source_id: string, extra: Partial<Observation> = {}): Observation {
	return observationOf({ indicator_id: 'x', geo_id, year, source_id, ...extra });
}

describe('provinceSnapshots(observations)', () => {
	const rows = [
		o('KHM', 2010, 'dhs'),
		o('KH-1', 2010, 'dhs'),
		o('KH-2', 2010, 'dhs'),
		o('KH-1', 2014, 'dhs'),
		o('KH-12', 2014, 'dhs', { scope: 'sample' }),
		o('KH-1:poipet', 2014, 'dhs')
	];
	it('keeps province rows only, one snapshot per year × source × group × sex, most mappable first', () => {
		const s = provinceSnapshots(rows);
		expect(s.map((x) => [x.year, x.mappable, x.observations.length])).toEqual([
			[2010, 2, 2],
			[2014, 1, 2]
		]);
	});
	it('never mixes sources in one snapshot', () => {
		const s = provinceSnapshots([o('KH-1', 2010, 'a'), o('KH-2', 2010, 'b')]);
		expect(s).toHaveLength(2);
	});
});

describe('toMapValues(observations, sourceOf)', () => {
	it('carries value, interval, scope and domain, with the short source label', () => {
		const [v] = toMapValues([o('KH-2', 2010, 'dhs', { value: 78, scope: 'grouped_domain', reporting_domain: 'KH-2+KH-24' })], () => ({ label: 'CDHS 2010', url: 'https://x' }));
		expect(v).toMatchObject({ geo_id: 'KH-2', value: 78, source: 'CDHS 2010', source_url: 'https://x', scope: 'grouped_domain', reporting_domain: 'KH-2+KH-24' });
	});
});

describe('toMapPoints(geo)', () => {
	const geo = (geo_id: string, name: string, level: Geo['level'], lat: number | null = 13, lon: number | null = 103): Geo => ({
		geo_id, name, level, lat, lon, name_km: null, parent_id: 'KH-1', source: 's'
	});
	it('keeps towns and crossings with a point, with short labels', () => {
		const points = toMapPoints([
			geo('KH-1', 'Banteay Meanchey', 'province'),
			geo('KH-1:serei-saophoan', 'Serei Saophoan (Sisophon)', 'municipality'),
			geo('KH-1:poipet', 'Poipet (Paoy Paet)', 'municipality'),
			geo('KH-22:o-smach-chong-chom', "O'Smach–Chong Chom border crossing", 'border_crossing'),
			geo('KH-9:x', 'No point', 'border_crossing', null, null)
		]);
		expect(points.map((p) => p.label)).toEqual(['Sisophon', 'Poipet', "O'Smach"]);
	});
});

describe('chooseSnapshot(observations)', () => {
	it('maps the snapshot with most provinces, and only from 3 provinces up', () => {
		const two = [o('KH-1', 2014, 'a'), o('KH-2', 2014, 'a')];
		expect(chooseSnapshot(two)).toBeNull();
		const s = chooseSnapshot([...two, o('KH-1', 2010, 'b'), o('KH-2', 2010, 'b'), o('KH-3', 2010, 'b')]);
		expect([s?.year, s?.source_id, s?.mappable]).toEqual([2010, 'b', 3]);
	});
	it('never maps counts or US dollars', () => {
		const counts = ['KH-1', 'KH-2', 'KH-3', 'KH-4'].map((g) => o(g, 2019, 'census', { unit: 'count' }));
		expect(chooseSnapshot(counts)).toBeNull();
	});
	it('does not count selected-sites samples towards the minimum', () => {
		const rows = ['KH-1', 'KH-2', 'KH-3'].map((g, i) => o(g, 2011, 's', { scope: i ? 'sample' : 'place' }));
		expect(chooseSnapshot(rows)).toBeNull();
	});
});
