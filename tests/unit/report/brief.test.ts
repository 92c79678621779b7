import { describe, expect, it } from 'vitest';
import type { Geo, Indicator } from '$lib/data/schema';
import { indicatorOf } from '../../support/rows';
import { briefPlaces, defaultIndicators, placeFamily, type BriefData } from '$lib/report/briefData';
import { briefQuery, parseBriefChoice } from '$lib/report/briefChoice';
import { buildBrief } from '$lib/report/buildBrief';
import { UNAIDS, WB, obs } from '../share/fixtures';

const geo = (geo_id: string, name: string, parent_id: string | null, level: Geo['level'] = 'province'): Geo => ({
	geo_id,
	name,
	name_km: null,
	level,
	parent_id,
	lat: null,
	lon: null,
	source: 'x'
});
const indicator = (indicator_id: string, name: string, domain: Indicator['domain'] = 'health_outcome'): Indicator => indicatorOf({
	indicator_id,
	name,
	domain,
	unit: 'percent',
	definition: '',
	higher_is_better: null
});

const data: BriefData = {
	geos: [
		geo('KHM', 'Cambodia', null, 'country'),
		geo('KH-1', 'Banteay Meanchey', 'KHM'),
		geo('KH-1:poipet', 'Poipet', 'KH-1', 'municipality'),
		geo('KH-2', 'Battambang', 'KHM'),
		geo('KH-9', 'Koh Kong', 'KHM'),
		geo('POIPET-X', 'Poipet crossing', 'KH-1:poipet', 'border_crossing')
	],
	indicators: [
		indicator('hiv_prevalence', 'HIV prevalence'),
		indicator('anc', 'Antenatal care', 'service_coverage'),
		indicator('deportees', 'Deportations', 'border_migration'),
		indicator('population_census', 'Population', 'population')
	],
	sources: [UNAIDS, WB],
	observations: [
		obs({ year: 2000, value: 1.3 }),
		obs({ year: 2021, value: 0.6 }),
		obs({ year: 2016, value: 3.2, population_group: 'few', sex: 'female', source_id: 'wb_wdi_2017' }),
		obs({ indicator_id: 'anc', geo_id: 'KH-1', year: 2010, value: 80, population_group: 'pregnant_women', sex: 'female' }),
		obs({ indicator_id: 'anc', geo_id: 'KHM', year: 2010, value: 89, population_group: 'pregnant_women', sex: 'female' }),
		obs({ indicator_id: 'anc', geo_id: 'KH-2', year: 2010, value: 70, population_group: 'pregnant_women', sex: 'female' }),
		obs({ indicator_id: 'deportees', geo_id: 'POIPET-X', year: 2014, value: 5, unit: 'count', population_group: 'returnees' }),
		obs({ indicator_id: 'population_census', geo_id: 'KH-1', year: 2019, value: 861883, unit: 'count', population_group: 'all' })
	]
};

describe('placeFamily', () => {
	it('is the place and every place under it', () => {
		expect(placeFamily(data.geos, 'KH-1')).toEqual(['KH-1', 'KH-1:poipet', 'POIPET-X']);
	});
});

describe('briefPlaces', () => {
	it('offers Cambodia first, then Banteay Meanchey, then places with figures by name; never a bare crossing', () => {
		expect(briefPlaces(data).map((g) => g.geo_id)).toEqual(['KHM', 'KH-1', 'KH-2', 'KH-1:poipet']);
	});
});

describe('defaultIndicators', () => {
	it("takes the place's own indicators (sub-places included, population left out) plus HIV prevalence for context", () => {
		expect(defaultIndicators(data, 'KH-1')).toEqual(['hiv_prevalence', 'anc', 'deportees']);
	});
});

describe('parseBriefChoice', () => {
	const codes = { places: new Set(['KHM', 'KH-1', 'KH-2']), indicators: new Set(['hiv_prevalence', 'anc']) };
	const fallback = (p: string) => [`default-for-${p}`];
	it('is null for an empty query (the prerendered default brief applies)', () => {
		expect(parseBriefChoice(new URLSearchParams(''), codes, fallback)).toBeNull();
	});
	it('reads the form: a place and repeated indicators', () => {
		const r = parseBriefChoice(new URLSearchParams('place=KH-2&indicator=anc&indicator=hiv_prevalence&indicator=anc'), codes, fallback)!;
		expect(r.choice).toEqual({ place: 'KH-2', indicators: ['anc', 'hiv_prevalence'] });
		expect(r.dropped).toEqual([]);
	});
	it('drops what it does not know, with reasons, and falls back to the default indicators', () => {
		const r = parseBriefChoice(new URLSearchParams('place=Mars&indicator=nope&x=1'), codes, fallback)!;
		expect(r.choice).toEqual({ place: 'KH-1', indicators: ['default-for-KH-1'] });
		expect(r.dropped.map((d) => `${d.param}=${d.value}: ${d.reason}`)).toEqual([
			'x=1: unknown parameter',
			'place=Mars: no figures for this place',
			'indicator=nope: unknown indicator'
		]);
	});
	it('round-trips through briefQuery', () => {
		const choice = { place: 'KH-1', indicators: ['anc', 'hiv_prevalence'] };
		expect(parseBriefChoice(new URLSearchParams(briefQuery(choice)), codes, fallback)!.choice).toEqual(choice);
	});
});

describe('buildBrief', () => {
	const brief = buildBrief(data, { place: 'KH-1', indicators: ['hiv_prevalence', 'anc', 'deportees', 'population_census'] });
	const fig = (id: string) => brief.figures.filter((f) => f.indicator.indicator_id === id);

	it("draws the place next to Cambodia, never other provinces", () => {
		const [anc] = fig('anc');
		expect(anc.series.map((s) => s.geo_id).sort()).toEqual(['KH-1', 'KHM']);
		expect(anc.latestPlace.map((l) => l.point.value)).toEqual([80]);
		expect(anc.latestNational.map((l) => l.point.value)).toEqual([89]);
		expect(anc.note).toBeNull();
	});

	it('shows national figures alone, saying so, when the place has none', () => {
		const hiv = fig('hiv_prevalence');
		expect(hiv).toHaveLength(1);
		expect(hiv[0].heading).toBe('Adults aged 15–49');
		expect(hiv[0].note).toBe('No published figure for Banteay Meanchey; national figures shown for context.');
		expect(hiv[0].latestPlace).toEqual([]);
		expect(hiv[0].latestNational).toMatchObject([{ point: { year: 2021, value: 0.6 } }]);
		expect(hiv[0].years).toEqual([2000, 2021]);
	});

	it('counts figures of places inside the place (a border crossing in Poipet)', () => {
		expect(fig('deportees')[0].latestPlace.map((l) => l.point.value)).toEqual([5]);
	});

	it('links each figure to the same view in the explorer and lists the sources it cites', () => {
		expect(fig('anc')[0].view).toMatchObject({ indicator: 'anc', population_group: 'pregnant_women', sex: 'female' });
		expect(brief.sources.map((s) => s.source_id)).toEqual(['unaids_2024']);
	});

	it('keeps disputed latest figures side by side instead of picking one', () => {
		const disputed = { ...data, observations: [...data.observations, obs({ year: 2021, value: 0.9, source_id: 'wb_wdi_2017' })] };
		const [hiv] = buildBrief(disputed, { place: 'KH-1', indicators: ['hiv_prevalence'] }).figures;
		expect(hiv.latestNational.map((l) => `${l.point.value} ${l.series.source_id}`).sort()).toEqual(['0.6 unaids_2024', '0.9 wb_wdi_2017']);
	});

	it('rejects an unknown place by name', () => {
		expect(() => buildBrief(data, { place: 'Mars', indicators: [] })).toThrow('unknown place: Mars');
	});
});
