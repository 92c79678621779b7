/**
 * Events as chart markers. A marker sits where the event starts ("from March 2020"), so an event
 * running 2020-03/2022-02 is marked at 1 March 2020 on the chart's time axis, not at the year it
 * ends (`ObservatoryEvent.year`). The whole period travels with the marker.
 */
import type { ObservatoryEvent } from '$lib/data/schema';
import type { Annotation } from '$lib/charts/lineLayout';

export interface EventAnnotation extends Annotation {
	event_id: string;
	period_start: string;
	period_end: string;
}

export function eventAnnotations(events: readonly ObservatoryEvent[]): EventAnnotation[] {
	return events.map((e) => ({
		start: e.period_start,
		label: e.title,
		event_id: e.event_id,
		period_start: e.period_start,
		period_end: e.period_end
	}));
}
