/**
 * The data a brief is made from (all of it: 448 figures fit in one small JSON file), and which
 * places and indicators a brief can be about. A place's brief covers the place itself and the
 * places inside it (Banteay Meanchey with Sisophon and Poipet), next to Cambodia as national context.
 */
import type { Geo, Indicator, Observation, Source } from '$lib/data/schema';

export interface BriefData {
	observations: Observation[];
	indicators: Indicator[];
	sources: Source[];
	geos: Geo[];
}

export const NATIONAL = 'KHM';

/** The place and every place under it (by parent_id), in data order. */
export function placeFamily(geos: readonly Pick<Geo, 'geo_id' | 'parent_id'>[], place: string): string[] {
	const family = [place];
	for (let i = 0; i < family.length; i++) {
		for (const g of geos) if (g.parent_id === family[i] && !family.includes(g.geo_id)) family.push(g.geo_id);
	}
	return family;
}

/** Places a brief can be made for: those with figures (their own or their sub-places'), national first. */
export function briefPlaces(data: Pick<BriefData, 'observations' | 'geos'>): Geo[] {
	const withFigures = new Set(data.observations.map((o) => o.geo_id));
	return data.geos
		.filter((g) => g.level !== 'border_crossing' && placeFamily(data.geos, g.geo_id).some((id) => withFigures.has(id)))
		.sort((a, b) => Number(a.geo_id !== NATIONAL) - Number(b.geo_id !== NATIONAL) || Number(a.geo_id !== 'KH-1') - Number(b.geo_id !== 'KH-1') || a.name.localeCompare(b.name));
}

/**
 * The default indicators for a place: every indicator with a figure for the place or a place
 * inside it (population counts left out: they are denominators, not findings), plus adult HIV
 * prevalence as national context, since most provinces have no HIV figure of their own.
 */
export function defaultIndicators(data: Pick<BriefData, 'observations' | 'geos' | 'indicators'>, place: string): string[] {
	const family = new Set(placeFamily(data.geos, place));
	const domainOf = new Map(data.indicators.map((i) => [i.indicator_id, i.domain]));
	const ids = new Set(
		data.observations.filter((o) => family.has(o.geo_id) && domainOf.get(o.indicator_id) !== 'population').map((o) => o.indicator_id)
	);
	const order = data.indicators.map((i) => i.indicator_id);
	const chosen = order.filter((id) => ids.has(id));
	return chosen.includes('hiv_prevalence') || !domainOf.has('hiv_prevalence') ? chosen : ['hiv_prevalence', ...chosen];
}
