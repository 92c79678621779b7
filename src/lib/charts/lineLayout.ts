/**
 * Everything a line chart needs in pixels, from labelled series and a size: margins, scales,
 * ticks, placed series, direct labels and event markers. Pure, so the geometry is unit-tested
 * and the Svelte components only write markup.
 */
import type { Unit } from '$lib/data/schema';
import type { LabelledSeries } from '$lib/data/seriesLabel';
import { formatTick } from '$lib/data/format';
import { decimalYear } from '$lib/data/period';
import { endOfDay, seriesRuns } from '$lib/data/series';
import { seriesStyle, type SeriesStyle } from './palette';
import { placeSeries, type PlacedSeries } from './place';
import { valueDomain, valueScale, valueTicks, yearScale, type Scale } from './scales';
import { timeAxisFor, timeTickMode, timeTicks, type TimeAxis } from './timeAxis';
import { dodge } from './dodge';
import { fitText, textWidth } from './textWidth';

/** An event marked on the time axis, at the day it began. */
export interface Annotation {
	/** ISO date, e.g. `2014-06-01`. */
	start: string;
	label: string;
}

export interface LineLayoutOptions {
	width: number;
	height: number;
	unit: Unit;
	annotations?: readonly Annotation[];
	/** Fix the time axis (e.g. to align small multiples); defaults to the data's own (timeAxisFor). */
	timeAxis?: TimeAxis;
	/** Fix the value axis; defaults to zero … largest value or bound. */
	yDomain?: [number, number];
	/** Label line ends directly (default: when there is room and at most six series). */
	directLabels?: boolean;
	styles?: readonly SeriesStyle[];
	fontSize?: number;
}

export interface Tick {
	value: number;
	/** Pixel position along the axis. */
	at: number;
	label: string;
}

export interface DirectLabel {
	key: string;
	text: string;
	x: number;
	y: number;
	color: string;
}

export interface PlacedAnnotation {
	x: number;
	label: string;
	anchor: 'start' | 'end';
	/** Baseline of the label: labels that would overlap go on rows stacked above the plot. */
	y: number;
}

export interface LineLayout {
	width: number;
	height: number;
	plot: { left: number; right: number; top: number; bottom: number };
	x: Scale;
	y: Scale;
	xTicks: Tick[];
	yTicks: Tick[];
	/** Shown above the value axis when ticks alone do not say the unit ("per 100,000"). */
	yUnit: string | null;
	/** Baseline of the unit label, above the plot. */
	yUnitAt: number;
	series: PlacedSeries[];
	labels: DirectLabel[];
	annotations: PlacedAnnotation[];
	markerArea: number;
	fontSize: number;
}

function axisUnit(unit: Unit): string | null {
	if (unit === 'rate_per_1000') return 'per 1,000';
	if (unit === 'rate_per_100000') return 'per 100,000';
	return null;
}

/** Most rows of event labels before the rest are shortened to fit. */
const MAX_ANNOTATION_ROWS = 3;

/**
 * Puts each event label on the lowest row where it does not overlap another label (greedy, left
 * to right), so narrow charts stack labels instead of printing them over each other.
 */
function annotationRows(xs: readonly number[], labels: readonly string[], left: number, right: number, width: number, fontSize: number) {
	const rowEnds: [number, number][][] = [];
	return xs.map((x, i) => {
		const full = textWidth(labels[i], fontSize);
		const after = width - x - 6;
		const before = x - 6;
		// Right of the marker unless near the right edge; flipped when only the other side has room.
		let anchor: 'start' | 'end' = x > left + (right - left) * 0.6 ? 'end' : 'start';
		if (anchor === 'start' && full > after && before > after) anchor = 'end';
		else if (anchor === 'end' && full > before && after > before) anchor = 'start';
		const room = anchor === 'start' ? after : before;
		const label = fitText(labels[i], Math.max(room, 3 * fontSize), fontSize);
		const w = textWidth(label, fontSize);
		const span: [number, number] = anchor === 'start' ? [x + 4, x + 4 + w] : [x - 4 - w, x - 4];
		let row = rowEnds.findIndex((spans) => spans.every(([a, b]) => span[1] + 6 <= a || span[0] >= b + 6));
		if (row < 0) row = rowEnds.length < MAX_ANNOTATION_ROWS ? rowEnds.push([]) - 1 : MAX_ANNOTATION_ROWS - 1;
		rowEnds[row].push(span);
		return { x, label, anchor, row };
	});
}

export function lineLayout(series: readonly LabelledSeries[], options: LineLayoutOptions): LineLayout {
	return layoutWithRows(series, options, 1);
}

/** `annotationRowCount`: rows of event labels to reserve above the plot. */
function layoutWithRows(series: readonly LabelledSeries[], options: LineLayoutOptions, annotationRowCount: number): LineLayout {
	const { width, height, unit } = options;
	const fontSize = options.fontSize ?? 12;
	const styles = options.styles ?? series.map((s, i) => seriesStyle(i, s.scope));
	const time = options.timeAxis ?? timeAxisFor(series) ?? { domain: [2000, 2003], annual: true };
	const xDomain = time.domain;
	const values = series.flatMap((s) => s.points.flatMap((p) => [p.value, p.lower ?? NaN, p.upper ?? NaN]));
	const yUnit = axisUnit(unit);
	const annotations = (options.annotations ?? [])
		.map((a) => ({ ...a, at: decimalYear(a.start) }))
		.filter((a) => a.at >= xDomain[0] && a.at <= xDomain[1]);

	// The unit label sits on its own line: its descenders must clear the top tick label, which is
	// centred on the top gridline (about 0.7 em above it).
	const unitBand = yUnit ? fontSize + 16 : 0;
	const annotationBand = annotations.length ? annotationRowCount * (fontSize + 3) + 3 : 0;
	const top = 8 + unitBand + annotationBand;
	const bottom = height - (fontSize + 14);
	const y = valueScale(options.yDomain ?? valueDomain(values, unit), [bottom, top]);
	const yt = valueTicks(y, Math.max(2, Math.min(6, Math.floor((bottom - top) / 40))));
	const yTickLabels = yt.values.map((v) => formatTick(v, unit, yt.step, Math.max(...yt.values.map(Math.abs))));
	const left = Math.ceil(Math.max(...yTickLabels.map((l) => textWidth(l, fontSize)), 10)) + 10;

	// Direct labels for lines reaching the latest figure of the chart, when few enough to stay
	// legible; the legend still names every series.
	// Lines ending where the axis ends (small multiples share an axis that may run further).
	const lastEnd = series.reduce((m, s) => (s.points.at(-1) && s.points.at(-1)!.period.end > m ? s.points.at(-1)!.period.end : m), '');
	const axisEndsThere = lastEnd !== '' && endOfDay(lastEnd) >= xDomain[1] - 0.02 * (xDomain[1] - xDomain[0]);
	const reachEnd = axisEndsThere ? series.filter((s) => (seriesRuns(s).at(-1)?.length ?? 0) > 1 && s.points.at(-1)?.period.end === lastEnd) : [];
	const wantLabels = options.directLabels ?? (reachEnd.length > 0 && reachEnd.length <= 4 && width >= 480);
	const labelled = wantLabels ? reachEnd : [];
	const maxLabel = Math.min(width * 0.28, 190);
	const labelTexts = new Map(labelled.map((s) => [s.key, fitText(s.label, maxLabel, fontSize)]));
	const labelWidth = Math.max(0, ...[...labelTexts.values()].map((t) => textWidth(t, fontSize)));
	const right = width - (labelled.length ? Math.ceil(labelWidth) + 16 : 14);

	// Inset so markers (and figures dodged sideways) at the ends of the axis are not clipped.
	const x = yearScale(xDomain, [left + 10, right - 8]);
	const mode = timeTickMode(xDomain, time.annual);
	// Date labels ("Jul 2025", "Jul 24") are wider than years.
	const tickRoom = mode === 'year' ? 56 : 72;
	const xTicks = timeTicks(xDomain, Math.max(2, Math.floor((right - left) / tickRoom)), time.annual).map((t) => ({
		value: t.value,
		at: x(t.value),
		label: t.label
	}));
	const yTicks = yt.values.map((v, i) => ({ value: v, at: y(v), label: yTickLabels[i] }));
	const placed = placeSeries(series, styles, x, y, { yearSpans: mode !== 'year' });

	// Smaller markers when figures are dense: fewer than 14 px per year, or per figure on a short axis.
	const figures = Math.max(1, ...series.map((s) => s.points.length));
	const slots = mode === 'year' ? (right - left) / Math.max(1, xDomain[1] - xDomain[0]) : (right - left) / figures;
	const markerArea = slots < 14 ? 20 : 48;

	const ends = labelled.map((s) => ({ key: s.key, y: y(s.points.at(-1)!.value) }));
	const dodged = dodge(ends, fontSize + 3, top + fontSize / 2, bottom);
	const labels = labelled.map((s) => {
		const i = series.indexOf(s);
		return { key: s.key, text: labelTexts.get(s.key)!, x: right + 8, y: dodged.get(s.key)!, color: styles[i].color };
	});

	const rows = annotationRows(annotations.map((a) => x(a.at)), annotations.map((a) => a.label), left, right, width, fontSize);
	const rowCount = Math.max(0, ...rows.map((r) => r.row + 1));
	// More rows than reserved: lay out again with room for them (at most MAX_ANNOTATION_ROWS times).
	if (rowCount > annotationRowCount) return layoutWithRows(series, options, rowCount);
	const placedAnnotations = rows.map((r) => ({ x: r.x, label: r.label, anchor: r.anchor, y: top - 7 - r.row * (fontSize + 3) }));

	return {
		width,
		height,
		plot: { left, right, top, bottom },
		x,
		y,
		xTicks,
		yTicks,
		yUnit,
		yUnitAt: 8 + fontSize,
		series: placed,
		labels,
		annotations: placedAnnotations,
		markerArea,
		fontSize
	};
}
