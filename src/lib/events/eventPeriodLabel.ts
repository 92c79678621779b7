/** When an event happened, in words ("June 2014", "March 2020 – February 2022"). */
import type { ObservatoryEvent } from '$lib/data/schema';
import { periodLabel } from '$lib/data/periodLabel';

export function eventPeriodLabel(e: Pick<ObservatoryEvent, 'period' | 'period_kind' | 'period_start' | 'period_end'>, locale = 'en-US'): string {
	return periodLabel({ text: e.period, kind: e.period_kind, start: e.period_start, end: e.period_end }, locale);
}
