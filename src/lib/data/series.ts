/**
 * Observations → series, with no pixels involved. A series is one line on a chart: the figures one
 * source published for one indicator, place, population group and sex (and one scope, so figures
 * from a selected-sites sample are never continued by figures for the whole place).
 *
 * Figures from different sources are never joined: UNAIDS re-estimates whole back-series and
 * releases disagree, so each source is its own series. Gaps stay gaps: `consecutiveRuns` splits a
 * series wherever a year is missing, and charts draw a line only inside a run (see charts/place.ts).
 */
import type { Observation, PopulationGroup, Scope, Sex, Unit } from './schema';

export interface SeriesPoint {
	year: number;
	value: number;
	lower: number | null;
	upper: number | null;
	/** The row it came from (source, note, scope) for tooltips and tables. */
	observation: Observation;
}

export interface Series {
	/** Stable id: indicator|geo|group|sex|source|scope. */
	key: string;
	indicator_id: string;
	geo_id: string;
	population_group: PopulationGroup;
	sex: Sex;
	source_id: string;
	scope: Scope;
	reporting_domain: string | null;
	unit: Unit;
	/** Sorted by year, ascending. */
	points: SeriesPoint[];
}

export function seriesKey(o: Observation): string {
	return [o.indicator_id, o.geo_id, o.population_group, o.sex, o.source_id, o.scope].join('|');
}

/** One series per (indicator, geo, population group, sex, source, scope), points sorted by year. */
export function buildSeries(observations: readonly Observation[]): Series[] {
	const byKey = new Map<string, Series>();
	for (const o of observations) {
		const key = seriesKey(o);
		let series = byKey.get(key);
		if (!series) {
			series = {
				key,
				indicator_id: o.indicator_id,
				geo_id: o.geo_id,
				population_group: o.population_group,
				sex: o.sex,
				source_id: o.source_id,
				scope: o.scope,
				reporting_domain: o.reporting_domain ?? null,
				unit: o.unit,
				points: []
			};
			byKey.set(key, series);
		}
		series.points.push({ year: o.year, value: o.value, lower: o.lower, upper: o.upper, observation: o });
	}
	const all = [...byKey.values()];
	for (const s of all) s.points.sort((a, b) => a.year - b.year);
	// Longest series first: they carry the main story and get the first palette slots.
	return all.sort((a, b) => b.points.length - a.points.length || a.key.localeCompare(b.key));
}

/**
 * Splits year-sorted points into runs of consecutive years. A line is drawn only within a run,
 * so a missing year shows as a break, never as a straight line across the gap.
 */
export function consecutiveRuns(points: readonly SeriesPoint[]): SeriesPoint[][] {
	const runs: SeriesPoint[][] = [];
	for (const p of points) {
		const run = runs.at(-1);
		const last = run?.at(-1);
		if (run && last && p.year === last.year + 1) run.push(p);
		else runs.push([p]);
	}
	return runs;
}

/** Years covered by a set of series: [first, last], or undefined when there is no point. */
export function yearExtent(series: readonly Series[]): [number, number] | undefined {
	let min = Infinity;
	let max = -Infinity;
	for (const s of series) {
		for (const p of s.points) {
			min = Math.min(min, p.year);
			max = Math.max(max, p.year);
		}
	}
	return min <= max ? [min, max] : undefined;
}

/** Latest point of a series and the one before it (the previous comparable figure, same source). */
export function latestPair(series: Series): { latest: SeriesPoint; previous: SeriesPoint | undefined } {
	const n = series.points.length;
	return { latest: series.points[n - 1], previous: n > 1 ? series.points[n - 2] : undefined };
}
