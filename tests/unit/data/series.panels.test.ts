import { describe, expect, it } from 'vitest';
import { buildPanels, chartPanels, rankPanels } from '$lib/data/panels';
import { buildSeries } from '$lib/data/series';
import { obs } from './series.fixture';

describe('buildPanels', () => {
	it('puts every source for one place, group and sex in one panel', () => {
		const panels = buildPanels(
			buildSeries([obs({ source_id: 'a' }), obs({ source_id: 'b' }), obs({ geo_id: 'KH-1' }), obs({ population_group: 'few', sex: 'female' })])
		);
		expect(panels).toHaveLength(3);
		expect(panels.find((p) => p.geo_id === 'KHM' && p.population_group === 'adults_15_49')?.series).toHaveLength(2);
	});
});

describe('rankPanels and chartPanels', () => {
	it('puts Cambodia, then Banteay Meanchey first', () => {
		const panels = buildPanels(buildSeries([obs({ geo_id: 'KH-12' }), obs({ geo_id: 'KH-1' }), obs({ geo_id: 'KHM' })]));
		expect(rankPanels(panels).map((p) => p.geo_id)).toEqual(['KHM', 'KH-1', 'KH-12']);
	});
	it('charts panels with two or more years and keeps single-year panels apart', () => {
		const panels = buildPanels(
			buildSeries([
				obs({ geo_id: 'KH-2', year: 2010 }),
				obs({ geo_id: 'KH-2', year: 2014 }),
				obs({ geo_id: 'KH-3', year: 2010 }),
				obs({ geo_id: 'KH-1', year: 2010 })
			])
		);
		const { shown, single, omitted } = chartPanels(panels);
		expect(shown.map((p) => p.geo_id)).toEqual(['KH-2']);
		expect(single.map((p) => p.geo_id)).toEqual(['KH-1', 'KH-3']);
		expect(omitted).toBe(0);
	});
	it('charts the first single-year panel when no panel spans two years', () => {
		const { shown, single } = chartPanels(buildPanels(buildSeries([obs({ geo_id: 'KH-3' }), obs({ geo_id: 'KHM' })])));
		expect(shown.map((p) => p.geo_id)).toEqual(['KHM']);
		expect(single.map((p) => p.geo_id)).toEqual(['KH-3']);
	});
	it('counts multi-year panels beyond the maximum', () => {
		const rows = ['KH-2', 'KH-3', 'KH-4'].flatMap((geo_id) => [obs({ geo_id, year: 1 }), obs({ geo_id, year: 2 })]);
		expect(chartPanels(buildPanels(buildSeries(rows)), 2).omitted).toBe(1);
	});
});
