import { describe, expect, it } from 'vitest';
import { geoContains } from 'd3';
import { countryFeatures, provinceFeatures } from '$lib/charts/map/geometry';
import { mapUnits, type MapValue } from '$lib/charts/map/mapUnits';
import { VIEWS, placeMap, shortPlaceLabel, type MapPoint } from '$lib/charts/map/placeMap';

const domain = (geo_id: string): MapValue => ({
	geo_id, value: 78, lower: null, upper: null, year: 2010, source: 'CDHS 2010', scope: 'grouped_domain', reporting_domain: 'KH-2+KH-24'
});
const points: MapPoint[] = [
	{ geo_id: 'KH-1:serei-saophoan', name: 'Serei Saophoan (Sisophon)', level: 'municipality', lat: 13.583, lon: 102.983, label: 'Sisophon' },
	{ geo_id: 'KH-1:poipet', name: 'Poipet (Paoy Paet)', level: 'municipality', lat: 13.65, lon: 102.567 },
	{ geo_id: 'KH-1:poipet-aranyaprathet', name: 'Poipet–Aranyaprathet border crossing', level: 'border_crossing', lat: 13.6586, lon: 102.565 }
];

describe('placeMap (national view)', () => {
	const { units } = mapUnits([domain('KH-2'), domain('KH-24')]);
	const placed = placeMap(units, points, { width: 600 });

	it('draws a path for each of the 24 provinces and for Thailand, Laos and Vietnam, inside the frame', () => {
		expect(placed.provinces).toHaveLength(24);
		for (const p of placed.provinces) expect(p.d.length).toBeGreaterThan(20);
		expect(placed.countries.map((c) => c.id).sort()).toEqual(['LAO', 'THA', 'VNM']);
		expect(placed.height).toBeGreaterThan(400);
		expect(placed.height).toBeLessThan(560);
	});

	it('gives each unit an outline and an anchor inside the map; a domain is one unit', () => {
		expect(placed.units).toHaveLength(23);
		for (const u of placed.units) {
			expect(u.cx).toBeGreaterThan(0);
			expect(u.cx).toBeLessThan(placed.width);
			expect(u.cy).toBeGreaterThan(0);
			expect(u.cy).toBeLessThan(placed.height);
		}
		expect(placed.provinces.filter((p) => p.unitKey === 'KH-2+KH-24').map((p) => p.id)).toEqual(['KH-2', 'KH-24']);
	});

	it('draws no border inside a survey domain', () => {
		const withDomain = placed.innerBorders.length;
		const withoutDomain = placeMap(mapUnits([]).units, [], { width: 600 }).innerBorders.length;
		expect(withDomain).toBeLessThan(withoutDomain);
	});

	it('outlines the highlighted province, or none', () => {
		expect(placed.highlight).toMatch(/^M/);
		expect(placeMap(units, [], { highlight: null }).highlight).toBeNull();
	});

	it('places Poipet west of Sisophon with its label on the left, and hides the crossing label on the town', () => {
		const poipet = placed.points.find((p) => p.geo_id === 'KH-1:poipet')!;
		const sisophon = placed.points.find((p) => p.geo_id === 'KH-1:serei-saophoan')!;
		const crossing = placed.points.find((p) => p.level === 'border_crossing')!;
		expect(poipet.x).toBeLessThan(sisophon.x);
		expect(poipet.anchor).toBe('end');
		expect(sisophon.anchor).toBe('start');
		expect([poipet.label, sisophon.label]).toEqual(['Poipet', 'Sisophon']);
		expect(crossing.showLabel).toBe(false);
	});
});

describe('placeMap (border view)', () => {
	const placed = placeMap(mapUnits([]).units, points, { view: 'border', width: 600 });
	it('zooms on Banteay Meanchey: far provinces are left out, the points are in view', () => {
		const keys = placed.units.map((u) => u.key);
		expect(keys).toContain('KH-1');
		expect(keys).not.toContain('KH-12');
		expect(placed.points).toHaveLength(3);
		expect(placed.labels.map((l) => l.text)).toContain('Banteay Meanchey');
	});
});

describe('VIEWS label anchors', () => {
	const shapes = new Map<string, (typeof provinceFeatures)[number] | (typeof countryFeatures)[number]>([
		...provinceFeatures.map((f) => [f.id, f] as const),
		...countryFeatures.map((f) => [f.id, f] as const)
	]);
	for (const [view, spec] of Object.entries(VIEWS)) {
		for (const l of spec.labels) {
			it(`${view}: "${l.text}" sits inside ${l.id}`, () => {
				expect(geoContains(shapes.get(l.id)!, l.at)).toBe(true);
			});
		}
	}
});

describe('shortPlaceLabel(point)', () => {
	it('drops parentheses and "border crossing", unless a label is given', () => {
		expect(shortPlaceLabel(points[1])).toBe('Poipet');
		expect(shortPlaceLabel(points[2])).toBe('Poipet–Aranyaprathet');
		expect(shortPlaceLabel(points[0])).toBe('Sisophon');
	});
});
