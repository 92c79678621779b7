/**
 * Layout of a dot plot that compares places in one year: one row per place, sorted by value,
 * a dot (and whisker where an interval was published), the value written beside it, and an
 * optional reference line (e.g. the national figure). Pure.
 */
import type { Unit } from '$lib/data/schema';
import { formatTick, formatValue } from '$lib/data/format';
import { valueDomain, valueScale, valueTicks, type Scale } from './scales';
import { fitText, textWidth } from './textWidth';
import type { Tick } from './lineLayout';

export interface DotRow {
	key: string;
	label: string;
	value: number;
	lower?: number | null;
	upper?: number | null;
	/** Drawn in the accent colour with a bold label (e.g. Banteay Meanchey). */
	highlight?: boolean;
	/** Drawn hollow: a selected-sites sample or a grouped survey domain. */
	hollow?: boolean;
}

export interface PlacedDot extends DotRow {
	y: number;
	x: number;
	x1: number | null;
	x2: number | null;
	text: string;
	textX: number;
	textAnchor: 'start' | 'end';
	labelText: string;
	/** Position of the place label (beside the row, or above it in stacked layouts). */
	labelX: number;
	labelY: number;
	labelAnchor: 'start' | 'end';
}

export interface DotLayout {
	width: number;
	height: number;
	plot: { left: number; right: number; top: number; bottom: number };
	x: Scale;
	ticks: Tick[];
	rows: PlacedDot[];
	reference: { x: number; label: string } | null;
	fontSize: number;
	/** Labels sit above their rows because they are too long to fit beside them. */
	stacked: boolean;
}

export interface DotLayoutOptions {
	width: number;
	unit: Unit;
	reference?: { label: string; value: number } | null;
	rowHeight?: number;
	fontSize?: number;
}

/** Bold text is about this much wider than regular. */
const BOLD = 1.1;

/** The order of a dot plot's rows, shared by its table: highest value first, ties by name. */
export const byValue = (a: DotRow, b: DotRow): number => b.value - a.value || a.label.localeCompare(b.label);

export function dotLayout(rows: readonly DotRow[], options: DotLayoutOptions): DotLayout {
	const { width, unit } = options;
	const fontSize = options.fontSize ?? 12;
	const sorted = [...rows].sort(byValue);
	const maxLabel = width * 0.38;
	// Long labels (several places, groups and sources) go above their rows at full width rather
	// than being cut short beside them.
	const stacked = sorted.some((r) => textWidth(r.label, fontSize) * (r.highlight ? BOLD : 1) > maxLabel);
	// Highlighted labels are bold, so they get less room in the width estimate.
	const labelTexts = sorted.map((r) => fitText(r.label, ((stacked ? width - 12 : maxLabel) / (r.highlight ? BOLD : 1)), fontSize));
	const left = stacked ? 14 : Math.ceil(Math.max(40, ...labelTexts.map((t) => textWidth(t, fontSize)))) + 12;
	const rowHeight = options.rowHeight ?? (stacked ? 2 * fontSize + 14 : fontSize + 11);
	const top = fontSize + 14 + (options.reference ? fontSize + 4 : 0);
	const bottom = top + sorted.length * rowHeight;
	const valueLabelRoom = Math.max(...sorted.map((r) => textWidth(formatValue(r.value, unit), fontSize)), 20) + 10;
	const right = width - valueLabelRoom;
	const values = sorted.flatMap((r) => [r.value, r.lower ?? NaN, r.upper ?? NaN]);
	if (options.reference) values.push(options.reference.value);
	const x = valueScale(valueDomain(values, unit), [left, right], 4);
	const t = valueTicks(x, Math.max(2, Math.floor((right - left) / 90)));
	return {
		width,
		height: bottom + 8,
		plot: { left, right, top, bottom },
		x,
		ticks: t.values.map((v) => ({ value: v, at: x(v), label: formatTick(v, unit, t.step, Math.max(...t.values.map(Math.abs))) })),
		rows: sorted.map((r, i) => {
			const cx = x(r.value);
			const hasInterval = r.lower != null && r.upper != null;
			const end = hasInterval ? Math.max(cx, x(r.upper!)) : cx;
			const y = stacked ? top + i * rowHeight + fontSize + 10 + (rowHeight - fontSize - 10) / 2 : top + i * rowHeight + rowHeight / 2;
			return {
				...r,
				y,
				x: cx,
				x1: hasInterval ? x(r.lower!) : null,
				x2: hasInterval ? x(r.upper!) : null,
				text: formatValue(r.value, unit),
				textX: end + 8,
				textAnchor: 'start',
				labelText: labelTexts[i],
				labelX: stacked ? 0 : left - 10,
				labelY: stacked ? top + i * rowHeight + fontSize + 2 : y,
				labelAnchor: stacked ? 'start' : 'end'
			};
		}),
		reference: options.reference
			? { x: x(options.reference.value), label: `${options.reference.label}: ${formatValue(options.reference.value, unit)}` }
			: null,
		fontSize,
		stacked
	};
}
