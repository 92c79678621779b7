/**
 * The part of the catalog the explorer ships to the browser: what can be picked (indicators,
 * places, groups, sexes, sources, years, per indicator) and the census populations for rates.
 * Built at prerender time from the full catalog; small enough to inline in the page.
 */
import type { Catalog } from '$lib/data/catalog';
import type { Geo, Indicator, Observation, Source } from '$lib/data/schema';
import type { KnownCodes } from '$lib/state/urlCodec';
import { PER_CAPITA_INDICATOR } from './perCapita';

/** What exists for one indicator, so the controls offer only combinations with figures. */
export interface Coverage {
	geos: string[];
	groups: string[];
	sexes: string[];
	sources: string[];
	years: [number, number];
	count: number;
}

export interface ExploreCatalog {
	indicators: Indicator[];
	geos: Geo[];
	sources: Source[];
	coverage: Record<string, Coverage>;
	/** Census totals (all groups, both sexes) used for rates per 100,000. */
	census: Observation[];
}

const uniqueSorted = (values: Iterable<string>) => [...new Set(values)].sort();

export function coverageOf(rows: readonly Observation[]): Coverage {
	const years = rows.map((o) => o.year);
	return {
		geos: uniqueSorted(rows.map((o) => o.geo_id)),
		groups: uniqueSorted(rows.map((o) => o.population_group)),
		sexes: uniqueSorted(rows.map((o) => o.sex)),
		sources: uniqueSorted(rows.map((o) => o.source_id)),
		years: [Math.min(...years), Math.max(...years)],
		count: rows.length
	};
}

export function buildExploreCatalog(catalog: Catalog): ExploreCatalog {
	const coverage: Record<string, Coverage> = {};
	for (const [id, rows] of catalog.observationsByIndicator) coverage[id] = coverageOf(rows);
	return {
		indicators: catalog.indicators.filter((i) => coverage[i.indicator_id]),
		geos: catalog.geo,
		sources: catalog.sources,
		coverage,
		census: (catalog.observationsByIndicator.get(PER_CAPITA_INDICATOR) ?? []).filter(
			(o) => o.population_group === 'all' && o.sex === 'total'
		)
	};
}

/** The codes a URL may name: anything the explorer could show. */
export function knownCodes(explore: ExploreCatalog): KnownCodes {
	const all = Object.values(explore.coverage);
	return {
		indicators: new Set(Object.keys(explore.coverage)),
		geos: new Set(explore.geos.map((g) => g.geo_id)),
		populationGroups: new Set(all.flatMap((c) => c.groups)),
		sexes: new Set(all.flatMap((c) => c.sexes)),
		sources: new Set(explore.sources.map((s) => s.source_id))
	};
}
