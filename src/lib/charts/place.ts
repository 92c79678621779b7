/**
 * Labelled series + scales → pixels: line paths (one per run of figures that join on, so gaps
 * stay gaps and partial periods stay off the line), interval bands where a whole run has
 * published bounds, whiskers for other intervals, span lines for figures standing alone over a
 * period other than a whole year, and one placed point per published figure at the middle of
 * its period on the time axis. No DOM: d3-shape returns path strings.
 */
import { area, line } from 'd3';
import { formatInterval, formatValue } from '$lib/data/format';
import { decimalYear, periodDays, periodMidpoint, type Period } from '$lib/data/period';
import { periodLabel } from '$lib/data/periodLabel';
import { endOfDay, seriesRuns, type SeriesPoint } from '$lib/data/series';
import type { LabelledSeries } from '$lib/data/seriesLabel';
import type { Scale } from './scales';
import type { SeriesStyle } from './palette';

export interface PlacedPoint {
	/** Unique within a chart: series key + period. */
	id: string;
	seriesKey: string;
	seriesLabel: string;
	sourceLabel: string;
	source_id: string;
	x: number;
	y: number;
	year: number;
	period: Period;
	/** The period in words: "2015", "January – June 2025". */
	periodText: string;
	value: number;
	/** Formatted value, e.g. "0.6%". */
	text: string;
	/** Formatted interval, e.g. "0.4–0.8%", or null. */
	interval: string | null;
	note: string | null;
}

export interface Whisker {
	x: number;
	y1: number;
	y2: number;
}

/** The span a figure covers, drawn as a thin horizontal line through its marker. */
export interface Span {
	x1: number;
	x2: number;
	y: number;
}

export interface PlacedSeries {
	key: string;
	label: string;
	style: SeriesStyle;
	/** One path per run of two or more figures that join on. */
	lines: string[];
	/** Interval bands: one area path per run where every point has both bounds. */
	bands: string[];
	whiskers: Whisker[];
	spans: Span[];
	points: PlacedPoint[];
}

export interface PlaceOptions {
	/** Horizontal step between figures of different series at the same position. */
	dodgeStep?: number;
	/**
	 * Draw the span of a lone whole-year figure too. Off on year axes, where a dot above "2015"
	 * already reads as the year; on when the axis ticks months or days.
	 */
	yearSpans?: boolean;
}

const hasInterval = (p: SeriesPoint) => p.lower !== null && p.upper !== null;
const pointId = (seriesKey: string, p: SeriesPoint) => `${seriesKey}|${p.period.text}`;

/** Where a figure sits on the time axis: the middle of its period, in fractional years. */
export const timeOf = (p: SeriesPoint) => periodMidpoint(p.period);

/**
 * Horizontal offsets for figures that stand alone (no line through them) and share a position
 * with figures of other series, so two sources publishing the same value for the same period are
 * both visible side by side instead of one hiding the other. Points on lines are never moved.
 */
export function dodgeOffsets(series: readonly LabelledSeries[], step: number): Map<string, number> {
	const isolated = new Map<number, string[]>();
	const onLine = new Set<number>();
	for (const s of series) {
		for (const run of seriesRuns(s)) {
			const at = timeOf(run[0]);
			if (run.length > 1) for (const p of run) onLine.add(timeOf(p));
			else isolated.set(at, [...(isolated.get(at) ?? []), pointId(s.key, run[0])]);
		}
	}
	const offsets = new Map<string, number>();
	for (const [at, ids] of isolated) {
		// A line point at the same position keeps the centre; isolated ones sit to its right.
		const n = ids.length + (onLine.has(at) ? 1 : 0);
		if (n < 2) continue;
		const first = onLine.has(at) ? 1 : 0;
		ids.forEach((id, i) => offsets.set(id, (first + i - (n - 1) / 2) * step));
	}
	return offsets;
}

/** Whether a lone figure shows the span it covers: anything longer than a day but a whole year (unless asked). */
function showsSpan(period: Period, yearSpans: boolean): boolean {
	return periodDays(period) > 1 && (yearSpans || period.kind !== 'year');
}

export function placeSeries(
	series: readonly LabelledSeries[],
	styles: readonly SeriesStyle[],
	x: Scale,
	y: Scale,
	options: PlaceOptions = {}
): PlacedSeries[] {
	const { dodgeStep = 5, yearSpans = false } = options;
	const offsets = dodgeOffsets(series, dodgeStep);
	const toLine = line<SeriesPoint>()
		.x((p) => x(timeOf(p)))
		.y((p) => y(p.value));
	const toBand = area<SeriesPoint>()
		.x((p) => x(timeOf(p)))
		.y0((p) => y(p.lower!))
		.y1((p) => y(p.upper!));

	return series.map((s, i) => {
		const lines: string[] = [];
		const bands: string[] = [];
		const whiskers: Whisker[] = [];
		const spans: Span[] = [];
		for (const run of seriesRuns(s)) {
			if (run.length > 1) lines.push(toLine(run) ?? '');
			else if (showsSpan(run[0].period, yearSpans)) {
				const p = run[0];
				const dx = offsets.get(pointId(s.key, p)) ?? 0;
				spans.push({ x1: x(decimalYear(p.period.start)) + dx, x2: x(endOfDay(p.period.end)) + dx, y: y(p.value) });
			}
			if (run.length > 1 && run.every(hasInterval)) bands.push(toBand(run) ?? '');
			else
				for (const p of run.filter(hasInterval)) {
					const dx = offsets.get(pointId(s.key, p)) ?? 0;
					whiskers.push({ x: x(timeOf(p)) + dx, y1: y(p.lower!), y2: y(p.upper!) });
				}
		}
		const points = s.points.map((p) => ({
			id: pointId(s.key, p),
			seriesKey: s.key,
			seriesLabel: s.label,
			sourceLabel: s.sourceLabel,
			source_id: s.source_id,
			x: x(timeOf(p)) + (offsets.get(pointId(s.key, p)) ?? 0),
			y: y(p.value),
			year: p.year,
			period: p.period,
			periodText: periodLabel(p.period),
			value: p.value,
			text: formatValue(p.value, s.unit),
			interval: formatInterval(p.lower, p.upper, s.unit),
			note: p.observation.note
		}));
		return { key: s.key, label: s.label, style: styles[i], lines, bands, whiskers, spans, points };
	});
}
