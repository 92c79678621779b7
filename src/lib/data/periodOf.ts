/**
 * The reference period of an observation as one value, and in words, from the columns the build
 * derived: every table, tooltip and sentence that names a figure's time says it this way.
 */
import type { Period } from './period';
import { periodLabel } from './periodLabel';
import type { Observation } from './schema';

type WithPeriod = Pick<Observation, 'period' | 'period_kind' | 'period_start' | 'period_end' | 'year'>;

/**
 * Rows that carry a year only (a file being imported, before the importer reads periods) cover
 * that calendar year.
 */
export function periodOf(o: WithPeriod): Period {
	if (!o.period_start || !o.period_end) return { text: String(o.year), kind: 'year', start: `${o.year}-01-01`, end: `${o.year}-12-31` };
	return { text: o.period, kind: o.period_kind, start: o.period_start, end: o.period_end };
}

/** "2015", "January – June 2025", "July 24 – August 6, 2025". */
export function periodText(o: WithPeriod, locale = 'en-US'): string {
	return periodLabel(periodOf(o), locale);
}
