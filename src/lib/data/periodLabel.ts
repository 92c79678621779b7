/**
 * A reference period in words, as a reader says it: "2025", "January–June 2025",
 * "July 24 – August 6, 2025". Written with Intl in UTC, so the prerendered HTML and every reader's
 * browser give the same text, and the locale is a parameter (Khmer pages pass `km`).
 */
import type { Period } from './period';

type Options = Intl.DateTimeFormatOptions;
const MONTH_YEAR: Options = { month: 'long', year: 'numeric', timeZone: 'UTC' };
const DAY: Options = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
const YEAR: Options = { year: 'numeric', timeZone: 'UTC' };

const formats = new Map<string, Intl.DateTimeFormat>();
function format(locale: string, options: Options): Intl.DateTimeFormat {
	const key = `${locale}|${JSON.stringify(options)}`;
	let f = formats.get(key);
	if (!f) formats.set(key, (f = new Intl.DateTimeFormat(locale, options)));
	return f;
}

function date(iso: string): Date {
	return new Date(`${iso}T00:00:00Z`);
}

/** How precisely an interval's ends were written: `2021-09/2022-01` is months, not days. */
function precisionOf(text: string): Options {
	const [from, to] = text.split('/');
	const longest = Math.max(from.length, to?.length ?? 0);
	return longest <= 4 ? YEAR : longest <= 7 ? MONTH_YEAR : DAY;
}

export function periodLabel(period: Pick<Period, 'text' | 'kind' | 'start' | 'end'>, locale = 'en-US'): string {
	// ICU puts thin spaces around the range dash; plain spaces survive every font, SVG and CSV.
	const range = (options: Options) => format(locale, options).formatRange(date(period.start), date(period.end)).replace(/[\u2009\u202f]/gu, ' ');
	switch (period.kind) {
		case 'year':
			return format(locale, YEAR).format(date(period.start));
		case 'month':
			return format(locale, MONTH_YEAR).format(date(period.start));
		case 'day':
			return format(locale, DAY).format(date(period.start));
		case 'half':
		case 'quarter':
			return range(MONTH_YEAR);
		case 'week':
			return range(DAY);
		case 'interval':
			return range(precisionOf(period.text));
	}
}

/**
 * The short form for axes and dense tables: "2025", "H1 2025", "Q3 2025", "Jul 2025",
 * "24 Jul 2025"; intervals fall back to the full label.
 */
export function periodShortLabel(period: Pick<Period, 'text' | 'kind' | 'start' | 'end'>, locale = 'en-US'): string {
	const year = period.start.slice(0, 4);
	switch (period.kind) {
		case 'year':
			return year;
		case 'half':
			return `H${period.text.slice(-1)} ${year}`;
		case 'quarter':
			return `Q${period.text.slice(-1)} ${year}`;
		case 'month':
			return format(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date(period.start));
		case 'day':
			return format(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date(period.start));
		case 'week':
		case 'interval':
			return periodLabel(period, locale);
	}
}

/** The period after a figure in a sentence: "in 2015", "in January – June 2025", "on July 24, 2025". */
export function periodPhrase(period: Pick<Period, 'text' | 'kind' | 'start' | 'end'>, locale = 'en-US'): string {
	const label = periodLabel(period, locale);
	return period.kind === 'day' || (period.kind === 'interval' && period.start === period.end) ? `on ${label}` : `in ${label}`;
}
