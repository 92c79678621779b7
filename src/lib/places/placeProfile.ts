/**
 * Everything published about one place, grouped by domain and indicator, each figure next to
 * the national figure for the same indicator, year, population group and sex (where one exists).
 * Pure and serialisable: built at prerender time from the catalog, rendered by /places/[id]/.
 */
import type { Catalog } from '$lib/data/catalog';
import { DOMAINS, type Domain, type Geo, type Indicator, type Observation, type Source } from '$lib/data/schema';

export interface ProfileFigure {
	observation: Observation;
	/** The country's figures for the same indicator, year, group and sex; samples excluded. */
	national: Observation[];
}

export interface ProfileIndicator {
	indicator: Indicator;
	figures: ProfileFigure[];
}

export interface ProfileDomain {
	domain: Domain;
	indicators: ProfileIndicator[];
}

export interface PlaceProfile {
	place: Geo;
	/** Parent first, country last. */
	ancestors: Geo[];
	/** The country the national comparison comes from; null for the country itself or abroad. */
	country: Geo | null;
	/** Places inside this one that have their own profile. */
	children: Geo[];
	domains: ProfileDomain[];
	count: number;
	/** Every source cited on the page, national comparisons included. */
	sources: Source[];
}

export function ancestorsOf(geoById: Map<string, Geo>, geo: Geo): Geo[] {
	const chain: Geo[] = [];
	for (let p = geo.parent_id; p; ) {
		const parent = geoById.get(p);
		if (!parent || chain.includes(parent)) break;
		chain.push(parent);
		p = parent.parent_id;
	}
	return chain;
}

const comparableKey = (o: Observation) => [o.indicator_id, o.year, o.population_group, o.sex].join('|');

function byYearThenSource(a: Observation, b: Observation): number {
	return (
		a.year - b.year ||
		a.population_group.localeCompare(b.population_group) ||
		a.sex.localeCompare(b.sex) ||
		a.source_id.localeCompare(b.source_id)
	);
}

export function citedSources(catalog: Catalog, ids: Iterable<string>): Source[] {
	return [...new Set(ids)].sort().flatMap((id) => catalog.sourceById.get(id) ?? []);
}

export function buildPlaceProfile(catalog: Catalog, geoId: string): PlaceProfile | undefined {
	const place = catalog.geoById.get(geoId);
	if (!place) return undefined;
	const ancestors = ancestorsOf(catalog.geoById, place);
	const country = ancestors.find((g) => g.level === 'country') ?? null;

	const national = new Map<string, Observation[]>();
	for (const o of country ? (catalog.observationsByGeo.get(country.geo_id) ?? []) : []) {
		if (o.scope === 'sample') continue;
		national.set(comparableKey(o), [...(national.get(comparableKey(o)) ?? []), o]);
	}

	const rows = [...(catalog.observationsByGeo.get(geoId) ?? [])].sort(byYearThenSource);
	const byIndicator = new Map<string, ProfileFigure[]>();
	const cited = new Set<string>();
	for (const o of rows) {
		const comparison = national.get(comparableKey(o)) ?? [];
		for (const c of [o, ...comparison]) cited.add(c.source_id);
		byIndicator.set(o.indicator_id, [...(byIndicator.get(o.indicator_id) ?? []), { observation: o, national: comparison }]);
	}

	const domains: ProfileDomain[] = DOMAINS.map((domain) => ({
		domain,
		indicators: [...byIndicator]
			.map(([id, figures]) => ({ indicator: catalog.indicatorById.get(id)!, figures }))
			.filter((d) => d.indicator?.domain === domain)
			.sort((a, b) => a.indicator.name.localeCompare(b.indicator.name))
	})).filter((d) => d.indicators.length > 0);

	const children = catalog.geo.filter((g) => g.parent_id === geoId && catalog.observationsByGeo.has(g.geo_id));
	return {
		place,
		ancestors,
		country,
		children,
		domains,
		count: rows.length,
		sources: citedSources(catalog, cited)
	};
}

/** Places that get a profile page: every place with at least one figure. */
export function profilePlaceIds(catalog: Catalog): string[] {
	return catalog.geo.filter((g) => catalog.observationsByGeo.has(g.geo_id)).map((g) => g.geo_id);
}
