/**
 * In-memory indexes over the validated tables. Built once at build time (prerender) and in
 * tests; pages receive only the slices they need.
 */
import type { Geo, Indicator, Observation, Source, Tables } from './schema';

export interface Catalog extends Tables {
	indicatorById: Map<string, Indicator>;
	sourceById: Map<string, Source>;
	geoById: Map<string, Geo>;
	observationsByIndicator: Map<string, Observation[]>;
	observationsBySource: Map<string, Observation[]>;
	observationsByGeo: Map<string, Observation[]>;
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const row of rows) {
		const k = key(row);
		const group = groups.get(k);
		if (group) group.push(row);
		else groups.set(k, [row]);
	}
	return groups;
}

export function buildCatalog(tables: Tables): Catalog {
	return {
		...tables,
		indicatorById: new Map(tables.indicators.map((d) => [d.indicator_id, d])),
		sourceById: new Map(tables.sources.map((d) => [d.source_id, d])),
		geoById: new Map(tables.geo.map((d) => [d.geo_id, d])),
		observationsByIndicator: groupBy(tables.observations, (d) => d.indicator_id),
		observationsBySource: groupBy(tables.observations, (d) => d.source_id),
		observationsByGeo: groupBy(tables.observations, (d) => d.geo_id)
	};
}
