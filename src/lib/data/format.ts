/**
 * Number formatting for every figure on the site: values keep the precision they were published
 * with (never more), counts get thousands separators, rates say what they are per, and US dollars
 * are written out ("US$1.2 billion"). Pure, locale fixed to en-US so prerendered HTML is stable.
 */
import type { Unit } from './schema';

const MINUS = '\u2212';

/** Decimal places a number was written with (up to 3): 12.30 → 1 is impossible to know, 12.3 → 1. */
function publishedDecimals(value: number): number {
	for (let d = 0; d < 3; d++) {
		if (Math.abs(Math.round(value * 10 ** d) - value * 10 ** d) < 1e-9) return d;
	}
	return 3;
}

// One formatter per number of decimals: constructing an Intl.NumberFormat costs ~0.1 ms, which
// dominated drawing a dense explorer view (thousands of figures formatted at each filter change).
const formatters = new Map<number, Intl.NumberFormat>();

function number(value: number, decimals = publishedDecimals(value)): string {
	let formatter = formatters.get(decimals);
	if (!formatter) {
		formatter = new Intl.NumberFormat('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
		formatters.set(decimals, formatter);
	}
	const text = formatter.format(Math.abs(value));
	return value < 0 ? MINUS + text : text;
}

const SCALES = [
	{ at: 1e9, word: 'billion' },
	{ at: 1e6, word: 'million' }
];

/** 1,234,000,000 → "1.23 billion"; below a million → separators ("456,000"). */
export function formatLargeNumber(value: number, digits = 3): string {
	const scale = SCALES.find((s) => Math.abs(value) >= s.at);
	if (!scale) return number(value);
	const scaled = Number((value / scale.at).toPrecision(digits));
	return `${number(scaled)} ${scale.word}`;
}

function perRate(unit: Unit): string {
	return unit === 'rate_per_1000' ? 'per 1,000' : 'per 100,000';
}

/** A published value in its unit: "12.3%", "1,234", "45.6 per 100,000", "US$1.2 billion". */
export function formatValue(value: number, unit: Unit): string {
	switch (unit) {
		case 'percent':
			return `${number(value)}%`;
		case 'count':
			return number(value);
		case 'rate_per_1000':
		case 'rate_per_100000':
			return `${number(value)} ${perRate(unit)}`;
		case 'usd': {
			const text = formatLargeNumber(value);
			return text.startsWith(MINUS) ? `${MINUS}US$${text.slice(1)}` : `US$${text}`;
		}
	}
}

/** A published interval, or null when either bound is missing: "1.75–5.75%", "30–60 per 100,000". */
export function formatInterval(lower: number | null, upper: number | null, unit: Unit): string | null {
	if (lower === null || upper === null) return null;
	switch (unit) {
		case 'percent':
			return `${number(lower)}–${number(upper)}%`;
		case 'count':
			return `${number(lower)}–${number(upper)}`;
		case 'rate_per_1000':
		case 'rate_per_100000':
			return `${number(lower)}–${number(upper)} ${perRate(unit)}`;
		case 'usd':
			return `${formatValue(lower, unit)} to ${formatValue(upper, unit)}`;
	}
}

/**
 * Short label for an axis tick; `step` is the tick spacing, so 0.5-steps show one decimal, and
 * `scaleBy` (the largest tick) keeps one suffix on a whole axis ("5k, 10k", never "5,000, 10k").
 */
export function formatTick(value: number, unit: Unit, step = 1, scaleBy = value): string {
	const decimals = step >= 1 || step <= 0 ? 0 : Math.min(3, Math.ceil(-Math.log10(step) - 1e-9));
	const abs = Math.abs(scaleBy);
	const prefix = unit === 'usd' ? '$' : '';
	if (unit === 'percent') return `${number(value, decimals)}%`;
	if (value === 0) return `${prefix}0`;
	if (abs >= 1e9) return `${prefix}${number(value / 1e9, tickDecimals(step / 1e9))}B`;
	if (abs >= 1e6) return `${prefix}${number(value / 1e6, tickDecimals(step / 1e6))}M`;
	if (abs >= 1e4) return `${prefix}${number(value / 1e3, tickDecimals(step / 1e3))}k`;
	return `${prefix}${number(value, decimals)}`;
}

function tickDecimals(step: number): number {
	return step >= 1 ? 0 : Math.min(2, Math.ceil(-Math.log10(step) - 1e-9));
}

/** The unit as words for axis titles and table headers ("%", "number", "per 100,000"). */
export function unitLabel(unit: Unit): string {
	switch (unit) {
		case 'percent':
			return 'per cent';
		case 'count':
			return 'number';
		case 'rate_per_1000':
			return 'per 1,000';
		case 'rate_per_100000':
			return 'per 100,000';
		case 'usd':
			return 'US dollars';
	}
}

/**
 * Change between two figures of the same series: percentage points for percentages, otherwise the
 * difference and the relative change. "+0.2 percentage points", "−12,000 (−8%)", "no change".
 */
export function formatChange(previous: number, latest: number, unit: Unit): string {
	const diff = latest - previous;
	if (Math.abs(diff) < 1e-9) return 'no change';
	const sign = diff > 0 ? '+' : MINUS;
	const decimals = Math.max(publishedDecimals(previous), publishedDecimals(latest));
	if (unit === 'percent') {
		const pp = number(Math.abs(diff), decimals);
		return `${sign}${pp} percentage point${pp === '1' ? '' : 's'}`;
	}
	const abs = unit === 'usd' ? formatValue(Math.abs(diff), unit) : number(Math.abs(diff), decimals);
	const rel = previous !== 0 ? ` (${sign}${number(Math.abs((diff / previous) * 100), 0)}%)` : '';
	return `${sign}${abs}${rel}`;
}
