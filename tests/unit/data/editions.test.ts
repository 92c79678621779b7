import { describe, expect, it } from 'vitest';
import { editionFamilies, splitEditions } from '$lib/data/editions';
import { indicatorPanels } from '$lib/data/panels';
import { observationOf, sourceOf } from '../../support/rows';

const sources = new Map(
	[
		sourceOf({ source_id: 'wdi_2017', series: 'wdi', edition: '2017' }),
		sourceOf({ source_id: 'wdi_2024', series: 'wdi', edition: '2024' }),
		sourceOf({ source_id: 'wdi_2024_03', series: 'wdi', edition: '2024-03' }),
		sourceOf({ source_id: 'unaids_2019', series: 'unaids_estimates', edition: '2019' }),
		sourceOf({ source_id: 'survey', series: null, edition: null })
	].map((s) => [s.source_id, s])
);
const fig = (source_id: string, year: number, value: number, more = {}) => observationOf({ source_id, year, value, ...more });

describe('splitEditions(observations, sources)', () => {
	it('keeps only the latest edition of a family and sets the earlier ones aside, in order', () => {
		const rows = [fig('wdi_2017', 1998, 1.9), fig('wdi_2024', 1998, 1.2), fig('wdi_2017', 1999, 1.8), fig('wdi_2024', 1999, 1.1)];
		const { latest, earlier } = splitEditions(rows, sources);
		expect(latest.map((o) => `${o.source_id} ${o.year}`)).toEqual(['wdi_2024 1998', 'wdi_2024 1999']);
		expect(earlier.map((o) => `${o.source_id} ${o.year}`)).toEqual(['wdi_2017 1998', 'wdi_2017 1999']);
	});

	it('orders editions as written, so a dated release (2024-03) is later than its year (2024)', () => {
		const { latest } = splitEditions([fig('wdi_2024_03', 2000, 1), fig('wdi_2024', 2000, 2), fig('wdi_2017', 2000, 3)], sources);
		expect(latest.map((o) => o.source_id)).toEqual(['wdi_2024_03']);
	});

	it('drops an earlier edition’s figure even for a year the latest edition did not publish', () => {
		const { latest, earlier } = splitEditions([fig('wdi_2017', 1990, 2.0), fig('wdi_2024', 2020, 0.5)], sources);
		expect(latest.map((o) => o.year)).toEqual([2020]);
		expect(earlier.map((o) => o.year)).toEqual([1990]);
	});

	it('always keeps figures whose source is no edition of a series', () => {
		const rows = [fig('survey', 2005, 0.6), fig('wdi_2017', 2005, 0.9), fig('wdi_2024', 2005, 0.7)];
		expect(splitEditions(rows, sources).latest.map((o) => o.source_id)).toEqual(['survey', 'wdi_2024']);
	});

	it('treats every place, group, sex, indicator and series as its own family', () => {
		const rows = [
			fig('wdi_2017', 2000, 1, { geo_id: 'THA' }),
			fig('wdi_2024', 2000, 1, { geo_id: 'KHM' }),
			fig('wdi_2017', 2000, 1, { sex: 'female' }),
			fig('wdi_2017', 2000, 1, { population_group: 'adults_15_49' }),
			fig('wdi_2017', 2000, 1, { indicator_id: 'tb_incidence' }),
			fig('unaids_2019', 2000, 1)
		];
		const { latest, earlier } = splitEditions(rows, sources);
		expect(latest).toHaveLength(rows.length);
		expect(earlier).toEqual([]);
	});
});

describe('editionFamilies(observations, sources)', () => {
	it('lists only families with more than one edition, editions oldest first with their sources', () => {
		const rows = [
			fig('wdi_2024', 1998, 1.2),
			fig('wdi_2017', 1998, 1.9),
			fig('wdi_2024', 1998, 0.3, { geo_id: 'THA' }),
			fig('unaids_2019', 1998, 1.5),
			fig('survey', 1998, 1)
		];
		const families = editionFamilies(rows, sources);
		expect(families.map((f) => f.key)).toEqual(['hiv_prevalence|KHM|all|total|wdi']);
		expect(families[0].editions).toEqual([
			{ edition: '2017', source_ids: ['wdi_2017'] },
			{ edition: '2024', source_ids: ['wdi_2024'] }
		]);
		expect(families[0].observations.map((o) => o.value)).toEqual([1.2, 1.9]);
	});

	it('finds none when every family has a single edition', () => {
		expect(editionFamilies([fig('wdi_2017', 1998, 1.9), fig('wdi_2017', 1999, 1.8), fig('survey', 1998, 1)], sources)).toEqual([]);
	});
});

describe('indicatorPanels(rows, sources)', () => {
	it('builds the panels from the latest edition only, so panels are counted and ranked as the page draws them', () => {
		const rows = [fig('wdi_2017', 1998, 1.9), fig('wdi_2017', 1999, 1.8), fig('wdi_2024', 1998, 1.2), fig('wdi_2024', 1999, 1.1)];
		const { shown } = indicatorPanels(rows, sources);
		expect(shown.flatMap((p) => p.series.map((s) => s.source_id))).toEqual(['wdi_2024']);
		expect(shown[0].figures).toBe(2);
	});
});
