/**
 * Whether two figures of one indicator may be compared ("change since the previous figure", a
 * rise or fall in a chart's description, a place beside the national figure), and the words for
 * a refusal. Only like periods compare: the same form of period (a year with a year, a half with
 * a half), and for a flow, whose value grows with the time it covers, also the same length (two
 * intervals of 14 days, not 14 and 21). A year-to-date count set against a full year reads as a
 * fall that is only a shorter period.
 */
import { sameSpan, type Period } from './period';
import { periodLabel } from './periodLabel';
import type { Measure } from './schema';

type P = Pick<Period, 'text' | 'kind' | 'start' | 'end'>;

export function comparable(a: P, b: P, measure: Measure): boolean {
	return measure === 'flow' ? sameSpan(a, b) : a.kind === b.kind;
}

function count(n: number, unit: string): string {
	return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** How long an interval is, as precisely as it was written: "3 years", "8 months", "14 days". */
function intervalLength(p: P): string {
	const [from, to = from] = p.text.split('/');
	const precision = Math.max(from.length, to.length);
	const [y1, m1] = [Number(p.start.slice(0, 4)), Number(p.start.slice(5, 7))];
	const [y2, m2] = [Number(p.end.slice(0, 4)), Number(p.end.slice(5, 7))];
	if (precision <= 4) return count(y2 - y1 + 1, 'year');
	if (precision <= 7) return count((y2 - y1) * 12 + m2 - m1 + 1, 'month');
	const days = Math.round((Date.parse(`${p.end}T00:00:00Z`) - Date.parse(`${p.start}T00:00:00Z`)) / 86_400_000) + 1;
	return count(days, 'day');
}

/** The length of a period in words: "a whole year", "half a year", "14 days". */
export function spanWords(p: P): string {
	switch (p.kind) {
		case 'year':
			return 'a whole year';
		case 'half':
			return 'half a year';
		case 'quarter':
			return 'a quarter of a year';
		case 'month':
			return 'one month';
		case 'week':
			return 'one week';
		case 'day':
			return 'a single day';
		case 'interval':
			return intervalLength(p);
	}
}

/** What a period covers, in words: "all of 2024", "January – June 2025 (half a year)". */
export function coverWords(p: P, locale = 'en-US'): string {
	return p.kind === 'year' ? `all of ${periodLabel(p, locale)}` : `${periodLabel(p, locale)} (${spanWords(p)})`;
}

/**
 * Why `latest` is not compared with `previous`, in words: "not compared: January – June 2025 is
 * half a year; the previous figure covers all of 2024". Lower case, to follow a label or dash.
 */
export function notComparedReason(latest: P, previous: P, locale = 'en-US'): string {
	const what = latest.kind === 'year' ? `${periodLabel(latest, locale)} is a whole year` : `${periodLabel(latest, locale)} is ${spanWords(latest)}`;
	return `not compared: ${what}; the previous figure covers ${coverWords(previous, locale)}`;
}
