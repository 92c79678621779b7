/**
 * The committed map geometry (data/geo/, built by scripts/geo/) is what every map draws: these
 * checks repeat the build's own assertions on the files as committed.
 */
import { describe, expect, it } from 'vitest';
import { geoArea, geoContains } from 'd3';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';
import adm1Json from '../../../../data/geo/khm-adm1.topo.json';
import nb50Json from '../../../../data/geo/neighbors.topo.json';
import nb10Json from '../../../../data/geo/neighbors-10m.topo.json';

type Props = { name: string; includes?: string; note?: string };

function features(json: unknown, object: string): Feature<Geometry, Props>[] {
	const topo = json as Topology<Record<string, GeometryCollection<Props>>>;
	return feature(topo, topo.objects[object]).features;
}

const provinces = features(adm1Json, 'provinces');
const byId = new Map(provinces.map((f) => [String(f.id), f]));
const inProvinces = (lon: number, lat: number) =>
	provinces.filter((f) => geoContains(f, [lon, lat])).map((f) => f.id);

describe('data/geo/khm-adm1.topo.json', () => {
	it('has 24 province features with ids KH-1 … KH-24 (KH-25 has no polygon)', () => {
		expect(provinces).toHaveLength(24);
		const ids = provinces.map((f) => f.id).sort();
		expect(ids).toEqual(Array.from({ length: 24 }, (_, i) => `KH-${i + 1}`).sort());
	});

	it('gives every province an English name, with Natural Earth slips fixed', () => {
		for (const f of provinces) expect(f.properties.name).toMatch(/^[A-Z][A-Za-z ]+$/);
		expect(byId.get('KH-5')?.properties.name).toBe('Kampong Speu');
		expect(byId.get('KH-18')?.properties.name).toBe('Preah Sihanouk');
		expect(byId.get('KH-24')?.properties.name).toBe('Pailin');
	});

	it('marks KH-3 as including Tboung Khmum (KH-25) with a note', () => {
		const kh3 = byId.get('KH-3')!;
		expect(kh3.properties.includes).toBe('KH-25');
		expect(kh3.properties.note).toMatch(/Tboung Khmum/);
		for (const f of provinces) if (f.id !== 'KH-3') expect(f.properties.includes).toBeUndefined();
	});

	it('has no inverted ring: every province covers less than a hemisphere', () => {
		for (const f of provinces) {
			const area = geoArea(f);
			expect(area, String(f.id)).toBeGreaterThan(0);
			expect(area, String(f.id)).toBeLessThan(2 * Math.PI);
		}
	});

	it.each([
		['Poipet (en.wikipedia)', 102.567, 13.65],
		['Poipet (fr.wikipedia)', 102.565, 13.6586],
		['Sisophon / Serei Saophoan', 102.983, 13.583]
	])('%s falls inside KH-1 and no other province', (_name, lon, lat) => {
		expect(inProvinces(lon, lat)).toEqual(['KH-1']);
	});

	it('puts Phnom Penh in KH-12 and Bangkok in no province', () => {
		expect(inProvinces(104.916, 11.55)).toEqual(['KH-12']);
		expect(inProvinces(100.5, 13.75)).toEqual([]);
	});
});

describe.each([
	['neighbors.topo.json', nb50Json],
	['neighbors-10m.topo.json', nb10Json]
])('data/geo/%s', (_file, json) => {
	const countries = features(json, 'countries');

	it('holds Cambodia, Thailand, Laos and Vietnam by ISO alpha-3 id, none inverted', () => {
		expect(countries.map((f) => f.id).sort()).toEqual(['KHM', 'LAO', 'THA', 'VNM']);
		for (const f of countries) expect(geoArea(f), String(f.id)).toBeLessThan(2 * Math.PI);
	});

	it('places Bangkok in Thailand and Vientiane in Laos', () => {
		const at = (lon: number, lat: number) => countries.filter((f) => geoContains(f, [lon, lat])).map((f) => f.id);
		expect(at(100.5, 13.75)).toEqual(['THA']);
		expect(at(102.6, 17.97)).toEqual(['LAO']);
	});
});
