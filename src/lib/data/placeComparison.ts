/**
 * Finds the year in which an indicator was published for the most provinces (same population
 * group and sex), for a dot plot comparing places. Prefers one source for every province; falls
 * back to several sources only when no single source covers enough provinces, and then each
 * row names its source. Never mixes population groups, sexes or years.
 */
import type { Geo, Observation, PopulationGroup, Sex } from './schema';

export interface PlaceComparison {
	year: number;
	population_group: PopulationGroup;
	sex: Sex;
	/** One source for all rows, or null when rows come from several sources. */
	source_id: string | null;
	rows: Observation[];
	/** The Cambodia figure for the same year, group and sex (same source when there is one). */
	national: Observation | null;
}

function best(groups: Map<string, Observation[]>, min: number): Observation[] | undefined {
	let pick: Observation[] | undefined;
	for (const rows of groups.values()) {
		const places = new Set(rows.map((r) => r.geo_id)).size;
		if (places < min) continue;
		const pickPlaces = pick ? new Set(pick.map((r) => r.geo_id)).size : 0;
		if (!pick || places > pickPlaces || (places === pickPlaces && rows[0].year > pick[0].year)) pick = rows;
	}
	return pick;
}

function group(rows: readonly Observation[], key: (o: Observation) => string): Map<string, Observation[]> {
	const map = new Map<string, Observation[]>();
	for (const r of rows) map.set(key(r), [...(map.get(key(r)) ?? []), r]);
	return map;
}

export function placeComparison(
	observations: readonly Observation[],
	geoById: ReadonlyMap<string, Pick<Geo, 'level'>>,
	minPlaces = 4
): PlaceComparison | null {
	const provincial = observations.filter((o) => geoById.get(o.geo_id)?.level === 'province');
	const base = (o: Observation) => `${o.year}|${o.population_group}|${o.sex}`;
	const single = best(group(provincial, (o) => `${base(o)}|${o.source_id}`), minPlaces);
	const rows = single ?? best(group(provincial, base), minPlaces);
	if (!rows) return null;
	const { year, population_group, sex } = rows[0];
	const source_id = single ? rows[0].source_id : null;
	const nationals = observations.filter(
		(o) => o.geo_id === 'KHM' && o.year === year && o.population_group === population_group && o.sex === sex
	);
	const national = nationals.find((o) => o.source_id === source_id) ?? nationals[0] ?? null;
	return { year, population_group, sex, source_id, rows, national };
}
