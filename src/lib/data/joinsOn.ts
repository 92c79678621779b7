/**
 * When a chart may draw a line from one figure to the next in the same series. A line says "this
 * went from here to there over consecutive, comparable periods", so:
 * - a flow (a total over its period: returns, cases) joins only a figure covering the same span
 *   that starts the day after it ends. A half-year after a year, or a year-to-date count after
 *   full years, would read as a fall that is only a shorter period; it is drawn on its own.
 * - a stock (a level at a time: people on ART, workers abroad) joins the next level unless a
 *   whole period of the longer of the two could fit in the gap between them, so a missing year
 *   still breaks an annual line. Levels of different forms (a year's estimate, then an end-of-June
 *   count) may join: both are levels, placed at their own dates.
 * Figures whose periods overlap never join: the line would run back in time or double-count.
 */
import { dateMs, periodDays, sameSpan, followsOn, type Period } from './period';
import type { Measure } from './schema';

const DAY_MS = 86_400_000;

export type PeriodSpan = Pick<Period, 'kind' | 'start' | 'end'>;

/** Whole days between the end of `previous` and the start of `next`; negative when they overlap. */
export function gapDays(previous: Pick<Period, 'end'>, next: Pick<Period, 'start'>): number {
	return Math.round((dateMs(next.start) - dateMs(previous.end)) / DAY_MS) - 1;
}

export function joinsOn(previous: PeriodSpan, next: PeriodSpan, measure: Measure): boolean {
	if (measure === 'flow') return sameSpan(previous, next) && followsOn(previous, next);
	const gap = gapDays(previous, next);
	return gap >= 0 && gap < Math.max(periodDays(previous), periodDays(next));
}
