/**
 * Labelled series + scales → pixels: line paths (one per run of consecutive years, so gaps stay
 * gaps), interval bands where a whole run has published bounds, whiskers for other intervals,
 * and one placed point per published figure. No DOM: d3-shape returns path strings.
 */
import { area, line } from 'd3';
import { formatInterval, formatValue } from '$lib/data/format';
import { consecutiveRuns, type SeriesPoint } from '$lib/data/series';
import type { LabelledSeries } from '$lib/data/seriesLabel';
import type { Scale } from './scales';
import type { SeriesStyle } from './palette';

export interface PlacedPoint {
	/** Unique within a chart: series key + year. */
	id: string;
	seriesKey: string;
	seriesLabel: string;
	sourceLabel: string;
	source_id: string;
	x: number;
	y: number;
	year: number;
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

export interface PlacedSeries {
	key: string;
	label: string;
	style: SeriesStyle;
	/** One path per run of consecutive years with two or more points. */
	lines: string[];
	/** Interval bands: one area path per run where every point has both bounds. */
	bands: string[];
	whiskers: Whisker[];
	points: PlacedPoint[];
}

const hasInterval = (p: SeriesPoint) => p.lower !== null && p.upper !== null;

/**
 * Horizontal offsets for figures that stand alone (no line through them) and share a year with
 * figures of other series, so two sources publishing the same value for the same year are both
 * visible side by side instead of one hiding the other. Points on lines are never moved.
 */
export function dodgeOffsets(series: readonly LabelledSeries[], step: number): Map<string, number> {
	const isolated = new Map<number, string[]>();
	const onLine = new Set<number>();
	for (const s of series) {
		for (const run of consecutiveRuns(s.points)) {
			if (run.length > 1) for (const p of run) onLine.add(p.year);
			else isolated.set(run[0].year, [...(isolated.get(run[0].year) ?? []), `${s.key}|${run[0].year}`]);
		}
	}
	const offsets = new Map<string, number>();
	for (const [year, ids] of isolated) {
		// A line point at the same year keeps the centre; isolated ones sit to its right.
		const n = ids.length + (onLine.has(year) ? 1 : 0);
		if (n < 2) continue;
		const first = onLine.has(year) ? 1 : 0;
		ids.forEach((id, i) => offsets.set(id, (first + i - (n - 1) / 2) * step));
	}
	return offsets;
}

export function placeSeries(
	series: readonly LabelledSeries[],
	styles: readonly SeriesStyle[],
	x: Scale,
	y: Scale,
	dodgeStep = 5
): PlacedSeries[] {
	const offsets = dodgeOffsets(series, dodgeStep);
	const toLine = line<SeriesPoint>()
		.x((p) => x(p.year))
		.y((p) => y(p.value));
	const toBand = area<SeriesPoint>()
		.x((p) => x(p.year))
		.y0((p) => y(p.lower!))
		.y1((p) => y(p.upper!));

	return series.map((s, i) => {
		const lines: string[] = [];
		const bands: string[] = [];
		const whiskers: Whisker[] = [];
		for (const run of consecutiveRuns(s.points)) {
			if (run.length > 1) lines.push(toLine(run) ?? '');
			if (run.length > 1 && run.every(hasInterval)) bands.push(toBand(run) ?? '');
			else
				for (const p of run.filter(hasInterval)) {
					const dx = offsets.get(`${s.key}|${p.year}`) ?? 0;
					whiskers.push({ x: x(p.year) + dx, y1: y(p.lower!), y2: y(p.upper!) });
				}
		}
		const points = s.points.map((p) => ({
			id: `${s.key}|${p.year}`,
			seriesKey: s.key,
			seriesLabel: s.label,
			sourceLabel: s.sourceLabel,
			source_id: s.source_id,
			x: x(p.year) + (offsets.get(`${s.key}|${p.year}`) ?? 0),
			y: y(p.value),
			year: p.year,
			value: p.value,
			text: formatValue(p.value, s.unit),
			interval: formatInterval(p.lower, p.upper, s.unit),
			note: p.observation.note
		}));
		return { key: s.key, label: s.label, style: styles[i], lines, bands, whiskers, points };
	});
}
