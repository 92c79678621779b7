import { describe, expect, it } from 'vitest';
import { parseView, serializeView, viewQuery, type KnownCodes } from '$lib/state/urlCodec';
import { DEFAULT_VIEW, type ViewState } from '$lib/state/viewState';

const known: KnownCodes = {
	indicators: new Set(['hiv_prevalence', 'deportees_from_tha']),
	geos: new Set(['KHM', 'KH-1', 'KH-1:poipet', 'THA']),
	populationGroups: new Set(['all', 'few', 'adults_15_49']),
	sexes: new Set(['total', 'female', 'male']),
	sources: new Set(['unaids_2024', 'wb_wdi'])
};

const parse = (query: string) => parseView(new URLSearchParams(query), known);

describe('serializeView / parseView', () => {
	const views: ViewState[] = [
		DEFAULT_VIEW,
		{ ...DEFAULT_VIEW, indicator: 'deportees_from_tha', geo: ['KH-1:poipet', 'KHM'], tab: 'table' },
		{ ...DEFAULT_VIEW, population_group: 'few', sex: 'female', source: 'wb_wdi', years: [2008, 2024] },
		{ ...DEFAULT_VIEW, tab: 'map', perCapita: true, theme: 'dark', geo: ['KH-1'] },
		{ ...DEFAULT_VIEW, compare: ['import_wdi_hiv/SH.DYN.AIDS.ZS', 'import_unaids/HIV prevalence (15-49)'] }
	];
	it.each(views.map((v) => [viewQuery(v) || '(default)', v] as const))('round-trips %s', (_, view) => {
		const { view: back, dropped } = parseView(serializeView(view), known);
		expect(dropped).toEqual([]);
		expect(back).toEqual(view);
	});

	it('leaves defaults out, so the default view is the bare path', () => {
		expect(viewQuery(DEFAULT_VIEW)).toBe('');
		expect(viewQuery({ ...DEFAULT_VIEW, tab: 'map' })).toBe('?tab=map');
	});

	it('keeps the colon of place ids readable and parses it back', () => {
		const query = viewQuery({ ...DEFAULT_VIEW, geo: ['KH-1:poipet', 'KHM'] });
		expect(query).toBe('?geo=KH-1:poipet~KHM');
		expect(parse(query.slice(1)).view.geo).toEqual(['KH-1:poipet', 'KHM']);
	});

	it('keeps imported series readable: table/indicator', () => {
		expect(viewQuery({ ...DEFAULT_VIEW, compare: ['import_wdi/SH.DYN.AIDS.ZS'] })).toBe('?cmp=import_wdi/SH.DYN.AIDS.ZS');
	});

	it('joins places with a readable ~ and ranges with ..', () => {
		const query = viewQuery({ ...DEFAULT_VIEW, geo: ['KH-1', 'KHM'], years: [2008, 2024] });
		expect(query).toBe('?geo=KH-1~KHM&years=2008..2024');
		expect(parse(query.slice(1)).view.geo).toEqual(['KH-1', 'KHM']);
	});
});

describe('parseView with malformed input', () => {
	it('drops an unknown indicator and keeps the default, with a reason', () => {
		const { view, dropped } = parse('indicator=nope&tab=map');
		expect(view.indicator).toBe(DEFAULT_VIEW.indicator);
		expect(view.tab).toBe('map');
		expect(dropped).toEqual([{ param: 'indicator', value: 'nope', reason: 'unknown indicator' }]);
	});

	it('keeps the known places of a list and drops the unknown ones', () => {
		const { view, dropped } = parse('geo=KH-1~XX-99~KHM~KH-1');
		expect(view.geo).toEqual(['KH-1', 'KHM']);
		expect(dropped).toEqual([{ param: 'geo', value: 'XX-99', reason: 'unknown place' }]);
	});

	it.each([
		['years=2024..2008', 'first year is after the last'],
		['years=2008-2024', 'expected FROM..TO, e.g. 2008..2024'],
		['years=..', 'expected FROM..TO, e.g. 2008..2024'],
		['tab=pie', 'expected one of chart, map, table'],
		['per=capita', 'expected 100k'],
		['theme=neon', 'expected one of light, dark'],
		['group=hotspot', 'unknown population group'],
		['sex=x', 'unknown sex'],
		['source=<script>', 'unknown source'],
		['utm_source=mail', 'unknown parameter'],
		['cmp=observations/hiv_prevalence', 'expected IMPORT/INDICATOR, e.g. import_wdi/SH.DYN.AIDS.ZS'],
		['cmp=import_x', 'expected IMPORT/INDICATOR, e.g. import_wdi/SH.DYN.AIDS.ZS'],
		['cmp=import_X%22%3B DROP/y', 'expected IMPORT/INDICATOR, e.g. import_wdi/SH.DYN.AIDS.ZS']
	])('drops %s with "%s" and otherwise shows the default view', (query, reason) => {
		const { view, dropped } = parse(query);
		expect(dropped).toHaveLength(1);
		expect(dropped[0].reason).toBe(reason);
		expect(view).toEqual(DEFAULT_VIEW);
	});

	it('never throws on hostile input', () => {
		const hostile = 'indicator=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&geo=~~~&years=99999..1';
		expect(() => parse(hostile)).not.toThrow();
		expect(parse(hostile).view).toEqual(DEFAULT_VIEW);
	});
});
