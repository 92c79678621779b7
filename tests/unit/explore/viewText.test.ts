import { describe, expect, it } from 'vitest';
import { buildCatalog } from '$lib/data/catalog';
import { toPerCapita } from '$lib/explore/perCapita';
import { viewNotes, viewSubtitle, viewTitle } from '$lib/explore/viewText';
import { DEFAULT_VIEW } from '$lib/state/viewState';
import { census, fixtureTables, obs } from './fixtures';

const catalog = buildCatalog(fixtureTables([]));

describe('viewTitle / viewSubtitle', () => {
	it('says when figures are rates per 100,000', () => {
		const indicator = catalog.indicatorById.get('deportees_from_tha')!;
		expect(viewTitle(indicator, true)).toBe('deportees from tha, per 100,000 population');
		expect(viewTitle(indicator, false)).toBe('deportees from tha');
	});

	it('names the selection in words, never codes', () => {
		const view = { ...DEFAULT_VIEW, geo: ['KH-1', 'KHM'], population_group: 'few', source: 'src_a', years: [2008, 2024] as [number, number] };
		expect(viewSubtitle(view, catalog.geoById, catalog.sourceById)).toBe(
			'Banteay Meanchey, Cambodia · Female entertainment workers · Agency A, 2020 · 2008–2024'
		);
	});
});

describe('viewNotes(rows, perCapita, geos, sources)', () => {
	it('states the census year and population behind each rate, and where no rate was possible', () => {
		const rows = [
			obs({ indicator_id: 'deportees_from_tha', geo_id: 'KH-1', year: 2010, value: 100 }),
			obs({ indicator_id: 'deportees_from_tha', geo_id: 'KH-1:poipet-aranyaprathet', year: 2010, value: 100 })
		];
		const result = toPerCapita(rows, [census('KH-1', 2008, 677_872)]);
		expect(viewNotes(result.rows, result, catalog.geoById, catalog.sourceById)).toEqual([
			'Rates for Banteay Meanchey use the 2008 census population, 677,872 (National Institute of Statistics, 2020).',
			'Not shown as a rate for Poipet crossing: no census population in the data.'
		]);
	});

	it('names selected places the view has no figures for', () => {
		const rows = [obs({ indicator_id: 'deportees_from_tha', geo_id: 'KHM', year: 2014, value: 1 })];
		expect(viewNotes(rows, null, catalog.geoById, catalog.sourceById, ['KH-1', 'KHM'])).toEqual([
			'No published figures in this view for Banteay Meanchey.'
		]);
	});

	it('flags figures from selected sites', () => {
		const rows = [obs({ indicator_id: 'hiv_prevalence', geo_id: 'KHM', year: 2010, value: 1, scope: 'sample' })];
		expect(viewNotes(rows, null, catalog.geoById, catalog.sourceById)[0]).toMatch(/^1 figure comes from selected sites/);
	});
});
