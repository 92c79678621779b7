/**
 * The slice of the catalog one shareable chart needs in the browser: the indicator, all of its
 * figures (so any view of it can be drawn without DuckDB), the sources and places they cite, and
 * the census totals when the figures can be shown per 100,000. Built at prerender time.
 */
import type { Catalog } from '$lib/data/catalog';
import type { Geo, Indicator, Observation, Source } from '$lib/data/schema';
import { PER_CAPITA_INDICATOR, perCapitaApplies } from '$lib/explore/perCapita';
import type { KnownCodes } from '$lib/state/urlCodec';

export interface ChartSlice {
	indicator: Indicator;
	observations: Observation[];
	sources: Source[];
	geos: Geo[];
	/** Census totals for rates per 100,000; empty when the indicator is not a count. */
	census: Observation[];
}

/** The charts that can be embedded: every indicator with at least one figure (ids as in /embed/<id>/). */
export function embeddableCharts(catalog: Catalog): string[] {
	return catalog.indicators.filter((i) => (catalog.observationsByIndicator.get(i.indicator_id)?.length ?? 0) > 0).map((i) => i.indicator_id);
}

export function chartSlice(catalog: Catalog, indicatorId: string): ChartSlice | undefined {
	const indicator = catalog.indicatorById.get(indicatorId);
	if (!indicator) return undefined;
	const observations = catalog.observationsByIndicator.get(indicatorId) ?? [];
	const census = perCapitaApplies(indicator.unit, indicator.domain)
		? (catalog.observationsByIndicator.get(PER_CAPITA_INDICATOR) ?? []).filter(
				(o) => o.population_group === 'all' && o.sex === 'total' && o.scope === 'place'
			)
		: [];
	const sourceIds = new Set(observations.map((o) => o.source_id));
	const geoIds = new Set(observations.map((o) => o.geo_id));
	for (const o of observations) for (const g of o.reporting_domain?.split('+') ?? []) geoIds.add(g);
	return {
		indicator,
		observations,
		sources: catalog.sources.filter((s) => sourceIds.has(s.source_id)),
		geos: catalog.geo.filter((g) => geoIds.has(g.geo_id)),
		census
	};
}

/** The codes a URL may name for this chart: only what its figures contain. */
export function sliceCodes(slice: ChartSlice): KnownCodes {
	const rows = slice.observations;
	return {
		indicators: new Set([slice.indicator.indicator_id]),
		geos: new Set(rows.map((o) => o.geo_id)),
		populationGroups: new Set(rows.map((o) => o.population_group)),
		sexes: new Set(rows.map((o) => o.sex)),
		sources: new Set(rows.map((o) => o.source_id))
	};
}
