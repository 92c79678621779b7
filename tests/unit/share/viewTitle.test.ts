import { describe, expect, it } from 'vitest';
import { viewTitle } from '$lib/share/viewTitle';
import { DEFAULT_VIEW } from '$lib/state/viewState';
import { geoName, obs } from './fixtures';

const indicator = { name: 'HIV prevalence', unit: 'percent' as const };
const rows = [obs({ year: 1990, value: 1 }), obs({ year: 2021, value: 1 })];

describe('viewTitle', () => {
	it('states the places, group, unit and years of the view', () => {
		const t = viewTitle(indicator, { ...DEFAULT_VIEW, geo: ['KHM'], population_group: 'adults_15_49', sex: 'total' }, rows, geoName);
		expect(t.title).toBe('HIV prevalence');
		expect(t.subtitle).toBe('Cambodia · Adults aged 15–49 · per cent · 1990–2021');
		expect(t.citation).toBe('HIV prevalence: Cambodia, adults aged 15–49, 1990–2021');
	});
	it('uses the places in the figures when the view names none, and the chosen years', () => {
		const t = viewTitle(indicator, { ...DEFAULT_VIEW, years: [2000, 2010] }, [...rows, obs({ year: 2000, value: 1, geo_id: 'KH-1' })], geoName);
		expect(t.subtitle).toBe('Cambodia and Banteay Meanchey · per cent · 2000–2010');
	});
	it('says when figures are rates per 100,000', () => {
		const t = viewTitle({ name: 'Deportations', unit: 'count' }, { ...DEFAULT_VIEW, geo: ['POIPET'], perCapita: true }, rows, geoName);
		expect(t.citation).toBe('Deportations: Poipet, per 100,000 population, 1990–2021');
	});
});

describe('viewTitle for single figures', () => {
	it('writes one year once and leaves out "whole population"', () => {
		const t = viewTitle(indicator, { ...DEFAULT_VIEW, geo: ['KH-1'], population_group: 'all', sex: 'total', years: [2010, 2010] }, rows, geoName);
		expect(t.subtitle).toBe('Banteay Meanchey · per cent · 2010');
	});
});
