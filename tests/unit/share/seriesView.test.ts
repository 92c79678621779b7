import { describe, expect, it } from 'vitest';
import { seriesView } from '$lib/share/seriesView';
import { filterObservations } from '$lib/explore/filterObservations';
import { buildSeries } from '$lib/data/series';
import { obs } from './fixtures';

describe('seriesView', () => {
	const rows = [
		obs({ year: 2000, value: 1 }),
		obs({ year: 2001, value: 1, source_id: 'wb_wdi_2017' }),
		obs({ year: 2001, value: 9, population_group: 'few', sex: 'female' }),
		obs({ year: 2001, value: 2, geo_id: 'KH-1' })
	];
	it('names the places, and group and sex when the series share them', () => {
		const panel = buildSeries(rows).filter((s) => s.geo_id === 'KHM' && s.population_group === 'adults_15_49');
		const view = seriesView('hiv_prevalence', panel);
		expect(view).toMatchObject({ geo: ['KHM'], population_group: 'adults_15_49', sex: 'total', source: null, years: null });
		expect(filterObservations(rows, view)).toHaveLength(2);
	});
	it('leaves group and sex open when the series differ', () => {
		const view = seriesView('hiv_prevalence', buildSeries(rows));
		expect(view.population_group).toBeNull();
		expect(view.sex).toBeNull();
		expect(view.geo.sort()).toEqual(['KH-1', 'KHM']);
	});
});

describe('figuresView', () => {
	it('pins the year when the figures share one', async () => {
		const { figuresView } = await import('$lib/share/seriesView');
		const figures = [obs({ year: 2010, value: 1, geo_id: 'KH-1' }), obs({ year: 2010, value: 2, geo_id: 'KH-2' })];
		expect(figuresView('x', figures)).toMatchObject({ geo: ['KH-1', 'KH-2'], years: [2010, 2010] });
		expect(figuresView('x', [...figures, obs({ year: 2011, value: 3 })]).years).toBeNull();
	});
});
