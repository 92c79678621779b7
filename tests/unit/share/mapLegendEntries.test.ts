import { describe, expect, it } from 'vitest';
import { mapLegendEntries } from '$lib/share/mapLegendEntries';
import { classBreaks } from '$lib/charts/map/classBreaks';
import type { MapValue } from '$lib/charts/map/mapUnits';

const value = (geo_id: string, v: number): MapValue =>
	({ geo_id, value: v, lower: null, upper: null, year: 2010, source_id: 's', source: { label: 'S' }, population_group: 'all', sex: 'total', scope: 'place', reporting_domain: null }) as unknown as MapValue;

describe('mapLegendEntries', () => {
	const values = [value('KH-1', 69), value('KH-3', 68), value('KH-4', 48), value('KH-8', 87), value('KH-10', 44), value('KH-12', 99)];

	it('gives one swatch per colour class of the map, with its range, in the map colours', () => {
		const entries = mapLegendEntries(values, 'percent');
		const breaks = classBreaks([69, 68, 48, 87, 44, 99], { method: 'equal', classes: 5 })!;
		expect(entries.map((e) => e.color)).toEqual(breaks.colors);
		expect(entries.every((e) => e.line === false && e.marker)).toBe(true);
		expect(entries[0].label).toMatch(/%$/);
	});

	it('has no key when nothing can be mapped', () => {
		expect(mapLegendEntries([], 'percent')).toEqual([]);
	});
});
