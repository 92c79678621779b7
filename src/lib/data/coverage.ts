/**
 * What the data holds for an indicator: years covered, number of places, sources and figures.
 */
import type { Observation } from './schema';

export interface Coverage {
	firstYear: number | null;
	lastYear: number | null;
	/** Distinct years with at least one figure. */
	years: number;
	places: number;
	sources: number;
	figures: number;
}

export function coverage(observations: readonly Observation[]): Coverage {
	const years = new Set(observations.map((o) => o.year));
	const sorted = [...years].sort((a, b) => a - b);
	return {
		firstYear: sorted[0] ?? null,
		lastYear: sorted.at(-1) ?? null,
		years: years.size,
		places: new Set(observations.map((o) => o.geo_id)).size,
		sources: new Set(observations.map((o) => o.source_id)).size,
		figures: observations.length
	};
}

/** "1990–2021", "2016", or "no figures". */
export function yearRangeText(c: Pick<Coverage, 'firstYear' | 'lastYear'>): string {
	if (c.firstYear === null || c.lastYear === null) return 'no figures';
	return c.firstYear === c.lastYear ? String(c.firstYear) : `${c.firstYear}–${c.lastYear}`;
}
