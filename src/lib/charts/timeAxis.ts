/**
 * A real time axis in fractional years (1 July 2015 ≈ 2015.5), so a figure sits at the middle of
 * the span it covers and a half-year sits where that half-year was. Long spans tick on years
 * (labelled at mid-year, where annual figures sit); spans of about two years or less tick on
 * months, and a few weeks on days, so sub-annual figures read as dates. Everything is UTC and
 * pure, so prerendered SVG is the same on every machine.
 *
 * `annual`: every figure drawn covers a year or more (see `isAnnual`).
 */
import { ticks as d3ticks, utcMonth, utcTicks } from 'd3';
import { decimalYear, periodDays } from '$lib/data/period';
import { timeExtent, type Series } from '$lib/data/series';

export type TimeTickMode = 'year' | 'month' | 'day';

export interface TimeTick {
	/** Position on the axis, in fractional years. */
	value: number;
	label: string;
}

/** Whether every figure covers at least a calendar year's length: such axes are year axes whatever their span. */
export function isAnnual(periodDays: Iterable<number>): boolean {
	for (const d of periodDays) if (d < 365) return false;
	return true;
}

/** Spans longer than this (in years) tick on years. */
const YEAR_MODE_SPAN = 2.5;
/** Shortest time axis: a month, so a single day's figure is not stretched across the chart. */
const MIN_SPAN = 1 / 12;

/** The instant a fractional year stands for (inverse of decimalYear). */
export function dateOfYear(value: number): Date {
	const year = Math.floor(value);
	const start = Date.UTC(year, 0, 1);
	return new Date(start + (value - year) * (Date.UTC(year + 1, 0, 1) - start));
}

/**
 * The axis domain for the time the data covers (`timeExtent`). Figures of a year or longer keep
 * whole-year bounds, at least three years wide, so a single year's dot sits in the middle and
 * year labels are never cut. Sub-annual figures keep an extent of a year or more as it is;
 * shorter ones are widened around their middle to three times their length (at least a month, at
 * most a year), so a lone figure or span does not fill the chart.
 */
export function timeDomain(extent: readonly [number, number], annual: boolean): [number, number] {
	const [a, b] = extent;
	const span = b - a;
	if (annual) {
		if (span >= 3 - 1e-9) return [a, b];
		const pad = (3 - span) / 2;
		return [Math.floor(a - pad + 1e-9), Math.ceil(b + pad - 1e-9)];
	}
	if (span >= 1) return [a, b];
	const pad = (Math.min(1, Math.max(3 * span, MIN_SPAN)) - span) / 2;
	return [a - pad, b + pad];
}

/** Year ticks for annual figures or long spans; months, then days, as the span shortens. */
export function timeTickMode(domain: readonly [number, number], annual: boolean): TimeTickMode {
	const span = domain[1] - domain[0];
	if (annual || span > YEAR_MODE_SPAN) return 'year';
	return span * 365 > 75 ? 'month' : 'day';
}

const formats = new Map<string, Intl.DateTimeFormat>();
function fmt(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = JSON.stringify(options);
	let f = formats.get(key);
	if (!f) formats.set(key, (f = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', ...options })));
	return f;
}

/** Year ticks: whole years whose middle is on the axis, thinned to round steps. */
function yearTicks(domain: readonly [number, number], max: number): TimeTick[] {
	const first = Math.ceil(domain[0] - 0.5);
	const last = Math.floor(domain[1] - 0.5);
	if (last < first) return [];
	let years = first === last ? [first] : d3ticks(first, last, Math.max(2, max)).filter(Number.isInteger);
	if (years.length === 0) years = [first];
	if (years.length > max) years = years.filter((_, i) => i % 2 === 0);
	return years.map((y) => ({ value: y + 0.5, label: String(y) }));
}

/**
 * Date ticks: months ("Jan 2025", "Apr", …, the year on the first tick and on Januaries) or days
 * ("Jul 6, 2025", "Jul 13", …, the year on the first tick and where it changes).
 */
function dateTicks(domain: readonly [number, number], max: number, mode: 'month' | 'day'): TimeTick[] {
	const [from, to] = [dateOfYear(domain[0]), dateOfYear(domain[1])];
	let shown = utcTicks(from, to, Math.max(2, max));
	if (mode === 'month') {
		// Whole months only, every 1, 2, 3, 6 or 12 months: the fewest steps that fit.
		const months = utcMonth.range(utcMonth.ceil(from), new Date(to.getTime() + 1));
		const step = [1, 2, 3, 6, 12].find((k) => Math.ceil(months.length / k) <= max) ?? 12;
		shown = months.filter((d) => d.getUTCMonth() % step === 0);
	}
	if (shown.length > max) shown = shown.filter((_, i) => i % 2 === 0);
	return shown.map((d, i) => {
		const newYear = i === 0 || d.getUTCFullYear() !== shown[i - 1].getUTCFullYear();
		const label =
			mode === 'month'
				? fmt(newYear ? { month: 'short', year: 'numeric' } : { month: 'short' }).format(d)
				: fmt(newYear ? { month: 'short', day: 'numeric', year: 'numeric' } : { month: 'short', day: 'numeric' }).format(d);
		return { value: decimalYear(d.toISOString().slice(0, 10)), label };
	});
}

/** At most `max` ticks for the domain, in the mode its length (and the figures' periods) call for. */
export function timeTicks(domain: readonly [number, number], max: number, annual: boolean): TimeTick[] {
	const mode = timeTickMode(domain, annual);
	return mode === 'year' ? yearTicks(domain, max) : dateTicks(domain, max, mode);
}

/** The time axis a set of series needs; shared by small multiples so their panels line up. */
export interface TimeAxis {
	domain: [number, number];
	annual: boolean;
}

export function timeAxisFor(series: readonly Pick<Series, 'points'>[]): TimeAxis | undefined {
	const extent = timeExtent(series);
	if (!extent) return undefined;
	const annual = isAnnual(series.flatMap((s) => s.points.map((p) => periodDays(p.period))));
	return { domain: timeDomain(extent, annual), annual };
}
