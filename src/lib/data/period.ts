/**
 * Reference periods as publishers write them: SDMX time periods (`2024`, `2025-S1`, `2025-Q3`,
 * `2025-07`, `2025-W30`, `2025-07-24`) and ISO 8601 intervals for odd spans
 * (`2025-07-24/2025-08-06`: "since 24 July, as of 6 August"). Every period resolves to the first
 * and last day it covers (inclusive, ISO dates), so figures can be placed on a real time axis and
 * compared only with figures covering a span of the same length.
 */

export type PeriodKind = 'year' | 'half' | 'quarter' | 'month' | 'week' | 'day' | 'interval';

export interface Period {
	/** As written in the data, e.g. `2025-S1`. */
	text: string;
	kind: PeriodKind;
	/** First day covered, `YYYY-MM-DD`. */
	start: string;
	/** Last day covered (inclusive), `YYYY-MM-DD`. */
	end: string;
}

export type PeriodResult = { ok: true; period: Period } | { ok: false; message: string };

/** The forms accepted, for error messages. */
export const PERIOD_FORMS = '2024, 2025-S1, 2025-Q3, 2025-07, 2025-W30, 2025-07-24 or an interval such as 2025-07-24/2025-08-06';

const DAY_MS = 86_400_000;

function iso(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

function utc(year: number, month: number, day: number): number {
	return Date.UTC(year, month - 1, day);
}

/** Milliseconds of an ISO date (`YYYY-MM-DD`, UTC midnight). */
export function dateMs(date: string): number {
	return Date.parse(`${date}T00:00:00Z`);
}

function validDay(y: number, m: number, d: number): boolean {
	const date = new Date(utc(y, m, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function lastDayOfMonth(y: number, m: number): number {
	return new Date(utc(y, m + 1, 0)).getUTCDate();
}

/** Monday of ISO week 1: the week containing 4 January. */
function isoWeekOneMonday(year: number): number {
	const jan4 = utc(year, 1, 4);
	const weekday = (new Date(jan4).getUTCDay() + 6) % 7; // Monday = 0
	return jan4 - weekday * DAY_MS;
}

function weeksInIsoYear(year: number): number {
	return Math.round((isoWeekOneMonday(year + 1) - isoWeekOneMonday(year)) / (7 * DAY_MS));
}

type Bound = { first: string; last: string } | { error: string };

/** One side of an interval: a year, a month or a day, expanded to its first and last day. */
function bound(text: string): Bound {
	let m: RegExpExecArray | null;
	if ((m = /^(\d{4})$/.exec(text))) return { first: `${m[1]}-01-01`, last: `${m[1]}-12-31` };
	if ((m = /^(\d{4})-(\d{2})$/.exec(text))) {
		const [y, mo] = [Number(m[1]), Number(m[2])];
		if (mo < 1 || mo > 12) return { error: `month ${m[2]} does not exist` };
		return { first: `${m[1]}-${m[2]}-01`, last: iso(utc(y, mo, lastDayOfMonth(y, mo))) };
	}
	if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text))) {
		if (!validDay(Number(m[1]), Number(m[2]), Number(m[3]))) return { error: `${text} is not a date` };
		return { first: text, last: text };
	}
	return { error: `${JSON.stringify(text)} is not a year, month or date` };
}

function single(text: string): PeriodResult {
	const fail = (message: string): PeriodResult => ({ ok: false, message });
	const ok = (kind: PeriodKind, start: string, end: string): PeriodResult => ({ ok: true, period: { text, kind, start, end } });
	let m: RegExpExecArray | null;
	if ((m = /^(\d{4})$/.exec(text))) return ok('year', `${text}-01-01`, `${text}-12-31`);
	if ((m = /^(\d{4})-S([12])$/.exec(text))) {
		const y = m[1];
		return m[2] === '1' ? ok('half', `${y}-01-01`, `${y}-06-30`) : ok('half', `${y}-07-01`, `${y}-12-31`);
	}
	if ((m = /^(\d{4})-Q([1-4])$/.exec(text))) {
		const [y, q] = [Number(m[1]), Number(m[2])];
		const firstMonth = (q - 1) * 3 + 1;
		return ok('quarter', iso(utc(y, firstMonth, 1)), iso(utc(y, firstMonth + 2, lastDayOfMonth(y, firstMonth + 2))));
	}
	if ((m = /^(\d{4})-W(\d{2})$/.exec(text))) {
		const [y, w] = [Number(m[1]), Number(m[2])];
		if (w < 1 || w > weeksInIsoYear(y)) return fail(`week ${m[2]} does not exist in ${y}`);
		const monday = isoWeekOneMonday(y) + (w - 1) * 7 * DAY_MS;
		return ok('week', iso(monday), iso(monday + 6 * DAY_MS));
	}
	if (/^\d{4}-\d{2}$/.test(text)) {
		const b = bound(text);
		return 'error' in b ? fail(b.error) : ok('month', b.first, b.last);
	}
	if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
		const b = bound(text);
		return 'error' in b ? fail(b.error) : ok('day', b.first, b.last);
	}
	return fail(`${JSON.stringify(text)} is not a period (write ${PERIOD_FORMS})`);
}

export function parsePeriod(text: string): PeriodResult {
	const parts = text.split('/');
	if (parts.length === 1) return single(text);
	if (parts.length > 2) return { ok: false, message: `${JSON.stringify(text)} has more than one "/" (write an interval as START/END)` };
	const [from, to] = parts.map(bound);
	if ('error' in from) return { ok: false, message: `interval start: ${from.error}` };
	if ('error' in to) return { ok: false, message: `interval end: ${to.error}` };
	if (from.first > to.last) return { ok: false, message: `interval ${JSON.stringify(text)} ends before it starts` };
	return { ok: true, period: { text, kind: 'interval', start: from.first, end: to.last } };
}

/** Days covered, both ends included. */
export function periodDays(p: Pick<Period, 'start' | 'end'>): number {
	return Math.round((dateMs(p.end) - dateMs(p.start)) / DAY_MS) + 1;
}

/**
 * Figures of a flow (returns, cases, deaths) are comparable only over spans of the same kind and
 * length: a half-year next to a year reads as a fall that is only a shorter period. Calendar forms
 * compare by kind (every year is a year, leap or not); intervals by their exact number of days.
 */
export function spanKey(p: Pick<Period, 'kind' | 'start' | 'end'>): string {
	return p.kind === 'interval' ? `interval:${periodDays(p)}` : p.kind;
}

export function sameSpan(a: Pick<Period, 'kind' | 'start' | 'end'>, b: Pick<Period, 'kind' | 'start' | 'end'>): boolean {
	return spanKey(a) === spanKey(b);
}

/** True when `next` starts the day after `previous` ends: two periods with no gap between them. */
export function followsOn(previous: Pick<Period, 'end'>, next: Pick<Period, 'start'>): boolean {
	return dateMs(next.start) - dateMs(previous.end) === DAY_MS;
}

/** An ISO date as a fractional year (1 Jan = .0), for a real time axis. */
export function decimalYear(date: string): number {
	const ms = dateMs(date);
	const year = new Date(ms).getUTCFullYear();
	const start = Date.UTC(year, 0, 1);
	return year + (ms - start) / (Date.UTC(year + 1, 0, 1) - start);
}

/** Where a figure sits on a time axis: the middle of the span it covers, as a fractional year. */
export function periodMidpoint(p: Pick<Period, 'start' | 'end'>): number {
	return (decimalYear(p.start) + decimalYear(p.end) + dayFraction(p.end)) / 2;
}

function dayFraction(date: string): number {
	const year = Number(date.slice(0, 4));
	return DAY_MS / (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1));
}
