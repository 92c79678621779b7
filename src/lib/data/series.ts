/**
 * Observations → series, with no pixels involved. A series is one line on a chart: the figures one
 * source published for one indicator, place, population group and sex (and one scope, so figures
 * from a selected-sites sample are never continued by figures for the whole place).
 *
 * Figures from different sources are never joined: UNAIDS re-estimates whole back-series and
 * releases disagree, so each source is its own series. Gaps stay gaps and partial periods stay
 * apart: `consecutiveRuns` splits a series wherever the next figure does not join on (a missing
 * period, or for flows a span of another length; see joinsOn.ts), and charts draw a line only
 * inside a run (see charts/place.ts).
 */
import type { Period } from './period';
import { periodOf } from './periodOf';
import { decimalYear, dateMs } from './period';
import { joinsOn } from './joinsOn';
import type { Measure, Observation, PopulationGroup, Scope, Sex, Unit } from './schema';

export interface SeriesPoint {
	/** The year the period ends (for year ranges and joins). */
	year: number;
	/** The reference period the figure covers. */
	period: Period;
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
	/** Stock (a level) or flow (a total over the period): decides which figures a line may join. */
	measure: Measure;
	/** Sorted by period (start, then end), ascending. */
	points: SeriesPoint[];
}

/** Earlier period first; of two starting the same day, the shorter (a year-to-date count before the year). */
export function byPeriod(a: { period: Period }, b: { period: Period }): number {
	return a.period.start.localeCompare(b.period.start) || a.period.end.localeCompare(b.period.end);
}

/** How the measure of an indicator is looked up; an unknown indicator is treated as a flow (the stricter rule). */
export type MeasureOf = (indicatorId: string) => Measure | undefined;

export function seriesKey(o: Observation): string {
	return [o.indicator_id, o.geo_id, o.population_group, o.sex, o.source_id, o.scope].join('|');
}

/**
 * One series per (indicator, geo, population group, sex, source, scope), points sorted by period.
 * `measureOf` gives each indicator's measure (catalog indicators); without it every series is
 * treated as a flow, which never joins figures that a stock would not also join.
 */
export function buildSeries(observations: readonly Observation[], measureOf: MeasureOf = () => undefined): Series[] {
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
				measure: measureOf(o.indicator_id) ?? 'flow',
				points: []
			};
			byKey.set(key, series);
		}
		series.points.push({ year: o.year, period: periodOf(o), value: o.value, lower: o.lower, upper: o.upper, observation: o });
	}
	const all = [...byKey.values()];
	for (const s of all) s.points.sort(byPeriod);
	// Longest series first: they carry the main story and get the first palette slots.
	return all.sort((a, b) => b.points.length - a.points.length || a.key.localeCompare(b.key));
}

/**
 * Splits period-sorted points into runs of figures that join on (joinsOn.ts). A line is drawn
 * only within a run, so a missing period shows as a break and a figure covering a shorter,
 * longer or cumulative span stands alone, never on the line of full periods.
 */
export function consecutiveRuns(points: readonly SeriesPoint[], measure: Measure = 'flow'): SeriesPoint[][] {
	const runs: SeriesPoint[][] = [];
	for (const p of points) {
		const run = runs.at(-1);
		const last = run?.at(-1);
		if (run && last && joinsOn(last.period, p.period, measure)) run.push(p);
		else runs.push([p]);
	}
	return runs;
}

/** The runs of a series, by its own measure. */
export function seriesRuns(s: Pick<Series, 'points' | 'measure'>): SeriesPoint[][] {
	return consecutiveRuns(s.points, s.measure);
}

/** Whether any figure of the series is drawn on a line (else it is dots only). */
export function hasLine(s: Pick<Series, 'points' | 'measure'>): boolean {
	return seriesRuns(s).some((run) => run.length > 1);
}

/** The day after an ISO date, as a fractional year: where a period's last day ends on a time axis. */
export function endOfDay(date: string): number {
	return decimalYear(new Date(dateMs(date) + 86_400_000).toISOString().slice(0, 10));
}

/**
 * The time covered by a set of series, in fractional years: from the first day of the earliest
 * period to the end of the last day of the latest, or undefined when there is no point.
 */
export function timeExtent(series: readonly Pick<Series, 'points'>[]): [number, number] | undefined {
	let first: string | undefined;
	let last: string | undefined;
	for (const s of series) {
		for (const p of s.points) {
			if (first === undefined || p.period.start < first) first = p.period.start;
			if (last === undefined || p.period.end > last) last = p.period.end;
		}
	}
	return first && last ? [decimalYear(first), endOfDay(last)] : undefined;
}

/** Calendar years touched by a set of series: [first, last], or undefined when there is no point. */
export function yearExtent(series: readonly Pick<Series, 'points'>[]): [number, number] | undefined {
	let min = Infinity;
	let max = -Infinity;
	for (const s of series) {
		for (const p of s.points) {
			min = Math.min(min, Number(p.period.start.slice(0, 4)));
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
