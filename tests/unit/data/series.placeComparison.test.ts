import { describe, expect, it } from 'vitest';
import { placeComparison } from '$lib/data/placeComparison';
import type { GeoLevel } from '$lib/data/schema';
import { obs } from './series.fixture';

const geoById = new Map<string, { level: GeoLevel }>([
	['KHM', { level: 'country' }],
	...['KH-1', 'KH-2', 'KH-3', 'KH-4', 'KH-5'].map((id) => [id, { level: 'province' as GeoLevel }] as [string, { level: GeoLevel }])
]);

describe('placeComparison', () => {
	it('picks the year and source covering the most provinces, with the national figure', () => {
		const rows = [
			...['KH-1', 'KH-2', 'KH-3', 'KH-4'].map((geo_id) => obs({ geo_id, year: 2010, source_id: 'dhs' })),
			...['KH-1', 'KH-2'].map((geo_id) => obs({ geo_id, year: 2014, source_id: 'dhs' })),
			obs({ geo_id: 'KHM', year: 2010, value: 72, source_id: 'dhs' })
		];
		const c = placeComparison(rows, geoById)!;
		expect(c.year).toBe(2010);
		expect(c.source_id).toBe('dhs');
		expect(c.rows).toHaveLength(4);
		expect(c.national?.value).toBe(72);
	});
	it('returns null when too few provinces share a year', () => {
		expect(placeComparison([obs({ geo_id: 'KH-1' }), obs({ geo_id: 'KH-2' })], geoById)).toBeNull();
	});
	it('never mixes population groups', () => {
		const rows = ['KH-1', 'KH-2', 'KH-3', 'KH-4'].map((geo_id, i) => obs({ geo_id, population_group: i % 2 ? 'few' : 'all' }));
		expect(placeComparison(rows, geoById)).toBeNull();
	});
});
