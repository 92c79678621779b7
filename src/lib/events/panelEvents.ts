/**
 * The events each line chart of an indicator page marks: events naming the indicator, on the
 * panel's branch of places. The panels share one time axis, so an event is in range when it
 * starts within the figures of all the panels drawn.
 */
import type { Geo, ObservatoryEvent } from '$lib/data/schema';
import type { Panel } from '$lib/data/panels';
import { chartSpan, eventsForChart } from './chartEvents';

export function panelEvents(
	events: readonly ObservatoryEvent[],
	indicatorId: string,
	panels: readonly Pick<Panel, 'geo_id' | 'series'>[],
	geoById: ReadonlyMap<string, Pick<Geo, 'parent_id'>>
): ObservatoryEvent[][] {
	const span = chartSpan(panels.flatMap((p) => p.series.flatMap((s) => s.points.map((pt) => pt.observation))));
	return panels.map((p) => eventsForChart(events, { indicatorIds: [indicatorId], geoIds: [p.geo_id], span }, geoById));
}
