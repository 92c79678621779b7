import { describe, expect, it } from 'vitest';
import { buildCatalog } from '$lib/data/catalog';
import { loadCatalog } from '$lib/server/loadCatalog';
import { buildBorderSection, FLOW_INDICATORS, hasBorderSection } from '$lib/places/borderSection';
import { chartSpan, placeChain } from '$lib/events/chartEvents';
import { fixtureTables, obs } from '../explore/fixtures';
import { eventOf } from '../../support/rows';

describe('hasBorderSection(geoId)', () => {
	it.each([
		['KH-1', true],
		['KH-1:poipet', true],
		['KH-1:poipet-aranyaprathet', true],
		['KH-1:serei-saophoan', false],
		['KHM', false]
	])('%s → %s', (id, expected) => expect(hasBorderSection(id)).toBe(expected));
});

describe('buildBorderSection(catalog)', () => {
	const tables = fixtureTables([
			obs({ indicator_id: 'deportees_from_tha', geo_id: 'KH-1:poipet-aranyaprathet', year: 2015, value: 67_087, population_group: 'returnees' }),
			obs({ indicator_id: 'deportees_from_tha', geo_id: 'KH-1:poipet-aranyaprathet', year: 2015, value: 21_797, population_group: 'returnees', sex: 'female' }),
			obs({ indicator_id: 'returnees_from_tha_event', geo_id: 'KHM', year: 2025, value: 750_000, source_id: 'src_a', population_group: 'returnees' }),
			obs({ indicator_id: 'returnees_from_tha_event', geo_id: 'KHM', year: 2025, value: 200_000, source_id: 'src_b', population_group: 'returnees' }),
			obs({ indicator_id: 'khm_workers_in_tha_est', geo_id: 'THA', year: 2021, value: 1_200_000 }),
			obs({ indicator_id: 'remittances_national_usd', geo_id: 'KHM', year: 2019, value: 2.8e9, unit: 'usd' }),
			obs({ indicator_id: 'ncct_cases', geo_id: 'KHM', year: 2021, value: 359 }),
			obs({ indicator_id: 'hiv_prevalence', geo_id: 'KHM', year: 2021, value: 0.5, unit: 'percent' })
	]);
	tables.events = [
		eventOf({ event_id: 'clashes', period: '2025-07-24', geo_id: 'KH-1', indicator_ids: ['returnees_from_tha_event'], source_ids: ['src_b'] }),
		eventOf({ event_id: 'exodus', period: '2015-06', indicator_ids: ['deportees_from_tha'], source_ids: ['iom_sitrep_20jun2014'] }),
		eventOf({ event_id: 'worker_drive', period: '2021', geo_id: 'THA', indicator_ids: ['khm_workers_in_tha_est'] }),
		eventOf({ event_id: 'hiv_plan', period: '2021', indicator_ids: ['hiv_prevalence'] })
	];
	const catalog = buildCatalog(tables);
	const section = buildBorderSection(catalog);

	it('charts whole-group returns and keeps women and children for the table', () => {
		expect(section.flows.map((o) => o.value)).toEqual([67_087, 750_000, 200_000]);
		expect(section.flowBreakdowns.map((o) => o.value)).toEqual([21_797]);
	});

	it('sorts workers, remittances and trafficking into their own parts and leaves health out', () => {
		expect(section.workers.map((o) => o.indicator_id)).toEqual(['khm_workers_in_tha_est']);
		expect(section.remittances.map((o) => o.indicator_id)).toEqual(['remittances_national_usd']);
		expect(section.trafficking.map((o) => o.indicator_id)).toEqual(['ncct_cases']);
	});

	it('gives each chart the events that name its figures, in date order', () => {
		expect(section.chartEvents.returns.map((e) => e.event_id)).toEqual(['exodus', 'clashes']);
		expect(section.chartEvents.workers.map((e) => e.event_id)).toEqual(['worker_drive']);
		expect(section.chartEvents.remittances).toEqual([]);
	});

	it('cites the sources of the events it marks', () => {
		expect(section.sources.map((s) => s.source_id)).toContain('iom_sitrep_20jun2014');
	});

	it('finds the disputed 2025 returns and shows both sources', () => {
		expect(section.disputes).toHaveLength(1);
		expect(section.disputes[0].figures.map((o) => o.value)).toEqual([750_000, 200_000]);
	});
});

describe('buildBorderSection on the project data', () => {
	const section = buildBorderSection(loadCatalog());
	const disputed = (indicator: string, year: number) =>
		section.disputes.find((d) => d.indicator_id === indicator && d.year === year && d.geo_id === 'KHM');

	it('holds the two 2025 return counts (over 750,000 and over 200,000)', () => {
		expect(disputed('returnees_from_tha_event', 2025)?.figures.map((o) => o.value)).toEqual([750_000, 200_000]);
	});

	it('holds the 2019 remittances of the two agencies side by side', () => {
		const d = disputed('remittances_national_usd', 2019)!;
		expect(d.figures.map((o) => o.value)).toEqual([2.8e9, 1.5e9]);
		expect(new Set(d.figures.map((o) => o.source_id)).size).toBe(2);
	});

	it('cites a source that exists for every event a chart marks', () => {
		const ids = new Set(section.sources.map((s) => s.source_id));
		const events = Object.values(section.chartEvents).flat();
		for (const e of events) for (const id of e.source_ids) expect(ids.has(id), `${e.event_id}: ${id}`).toBe(true);
	});

	it('marks on the returns chart every Cambodian event of data/events.csv that names a return count and starts in its range', () => {
		const catalog = loadCatalog();
		const span = chartSpan(section.flows)!;
		const named = catalog.events.filter(
			(e) =>
				e.indicator_ids.some((id) => FLOW_INDICATORS.includes(id)) &&
				placeChain(catalog.geoById, e.geo_id).includes('KHM') &&
				e.period_start >= span.start &&
				e.period_start <= span.end
		);
		expect(named.length).toBeGreaterThan(0);
		const marked = new Set(section.chartEvents.returns.map((e) => e.event_id));
		for (const e of named) expect(marked.has(e.event_id), e.event_id).toBe(true);
	});

	it('has Poipet deportations for each year the data holds (2009–2018)', () => {
		const years = new Set(section.flows.filter((o) => o.geo_id === 'KH-1:poipet-aranyaprathet' && o.indicator_id === 'deportees_from_tha').map((o) => o.year));
		expect([...years].sort()).toEqual([2009, 2010, 2015, 2016, 2017, 2018]);
	});
});
