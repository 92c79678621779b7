/**
 * The border and migration section of the Banteay Meanchey, Poipet and Poipet-crossing profiles:
 * returns through Poipet (and through all crossings, for scale) with the events that drove them,
 * Cambodian workers in Thailand, remittances and trafficking cases. Most of these figures are
 * national or about Thailand; the section says so rather than presenting them as local. Each
 * chart marks the events of data/events.csv that name its figures (see chartEvents).
 */
import type { Catalog } from '$lib/data/catalog';
import type { Observation, ObservatoryEvent, Source } from '$lib/data/schema';
import { chartScope, eventsForChart } from '$lib/events/chartEvents';
import { BORDER_CHARTS, type BorderChart } from './borderCharts';
import { findDisputes, type Dispute } from './disputedFigures';
import { citedSources } from './placeProfile';

export const POIPET_CROSSING = 'KH-1:poipet-aranyaprathet';

/** Profiles that carry the section: the province, the town and the crossing itself. */
export const BORDER_PROFILE_IDS: readonly string[] = ['KH-1', 'KH-1:poipet', POIPET_CROSSING];

export const FLOW_INDICATORS = ['deportees_from_tha', 'returnees_from_tha_event', 'returnees_from_abroad_event'];
export const WORKER_INDICATORS = [
	'khm_workers_in_tha_est',
	'khm_workers_in_tha_documented',
	'khm_workers_in_tha_undocumented_est',
	'khm_workers_tha_registration_drive'
];
export const REMITTANCE_INDICATORS = ['remittances_received_usd', 'remittances_national_usd', 'remittances_pct_gdp'];
export const TRAFFICKING_PREFIXES = ['ncct_', 'tip_'];

export interface BorderSection {
	/** Returns and deportations, through Poipet and (for scale) all crossings: whole groups only. */
	flows: Observation[];
	/** Sub-groups of returnees (women, children) through Poipet, shown in the table only. */
	flowBreakdowns: Observation[];
	/** The events each chart marks, in date order (its markers number them). */
	chartEvents: Record<BorderChart['id'], ObservatoryEvent[]>;
	workers: Observation[];
	remittances: Observation[];
	trafficking: Observation[];
	disputes: Dispute[];
	sources: Source[];
}

const inIndicators = (ids: readonly string[]) => (o: Observation) => ids.includes(o.indicator_id);
const isWholeGroup = (o: Observation) => o.sex === 'total' && o.population_group !== 'children_0_17';
const byYear = (a: Observation, b: Observation) =>
	a.year - b.year || a.indicator_id.localeCompare(b.indicator_id) || a.source_id.localeCompare(b.source_id);

export function hasBorderSection(geoId: string): boolean {
	return BORDER_PROFILE_IDS.includes(geoId);
}

export function buildBorderSection(catalog: Catalog): BorderSection {
	const at = (geo: string) => catalog.observationsByGeo.get(geo) ?? [];
	const flowRows = [...at(POIPET_CROSSING), ...at('KHM')].filter(inIndicators(FLOW_INDICATORS)).sort(byYear);
	const flows = flowRows.filter(isWholeGroup);
	const flowBreakdowns = flowRows.filter((o) => !isWholeGroup(o));
	const workers = at('THA').filter(inIndicators(WORKER_INDICATORS)).sort(byYear);
	const remittances = at('KHM').filter(inIndicators(REMITTANCE_INDICATORS)).sort(byYear);
	// By indicator, then year: the sources count different things (cases, suspects, victims).
	const trafficking = at('KHM')
		.filter((o) => TRAFFICKING_PREFIXES.some((p) => o.indicator_id.startsWith(p)))
		.sort((a, b) => a.indicator_id.localeCompare(b.indicator_id) || byYear(a, b));
	const all = [...flowRows, ...workers, ...remittances, ...trafficking];
	const section = { flows, flowBreakdowns, workers, remittances, trafficking };
	const chartEvents = Object.fromEntries(
		BORDER_CHARTS.map((c) => [c.id, eventsForChart(catalog.events, chartScope(c.rows(section)), catalog.geoById)])
	) as BorderSection['chartEvents'];
	const cited = new Set(all.map((o) => o.source_id));
	for (const e of Object.values(chartEvents).flat()) for (const id of e.source_ids) cited.add(id);
	return { ...section, chartEvents, disputes: findDisputes(all), sources: citedSources(catalog, cited) };
}
