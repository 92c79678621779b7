/**
 * Which events of data/events.csv a chart marks. An event marks a chart when all three hold:
 * - the chart draws one of the indicators the event names (`indicator_ids`);
 * - the event's place is on the same branch as a place the chart draws: that place itself, a place
 *   containing it (a national law marks a province's chart) or a place inside it (a closure of
 *   the Poipet crossing marks the national returns chart). Places on other branches stay apart:
 *   an event in Poipet does not mark Phnom Penh's chart;
 * - the event starts within the chart's time range, where its marker sits.
 */
import type { Geo, Observation, ObservatoryEvent } from '$lib/data/schema';

/** First and last day a chart covers (ISO dates, inclusive). */
export interface Span {
	start: string;
	end: string;
}

export interface ChartScope {
	indicatorIds: readonly string[];
	geoIds: readonly string[];
	span: Span | null;
}

/** The days the figures cover, from the first one's start to the last one's end. */
export function chartSpan(rows: readonly Pick<Observation, 'period_start' | 'period_end'>[]): Span | null {
	if (rows.length === 0) return null;
	let start = rows[0].period_start;
	let end = rows[0].period_end;
	for (const o of rows) {
		if (o.period_start < start) start = o.period_start;
		if (o.period_end > end) end = o.period_end;
	}
	return { start, end };
}

/** What a chart of these figures draws: their indicators, places and time range. */
export function chartScope(rows: readonly Pick<Observation, 'indicator_id' | 'geo_id' | 'period_start' | 'period_end'>[]): ChartScope {
	return {
		indicatorIds: [...new Set(rows.map((o) => o.indicator_id))],
		geoIds: [...new Set(rows.map((o) => o.geo_id))],
		span: chartSpan(rows)
	};
}

/** The place and every place containing it, nearest first. */
export function placeChain(geoById: ReadonlyMap<string, Pick<Geo, 'parent_id'>>, geoId: string): string[] {
	const chain = [geoId];
	for (let p = geoById.get(geoId)?.parent_id; p && !chain.includes(p); p = geoById.get(p)?.parent_id) chain.push(p);
	return chain;
}

function sameBranch(geoById: ReadonlyMap<string, Pick<Geo, 'parent_id'>>, a: string, b: string): boolean {
	return placeChain(geoById, a).includes(b) || placeChain(geoById, b).includes(a);
}

/** In date order: by start, then end, then id, so numbered markers keep their numbers. */
export function byEventDate(a: ObservatoryEvent, b: ObservatoryEvent): number {
	return (
		a.period_start.localeCompare(b.period_start) || a.period_end.localeCompare(b.period_end) || a.event_id.localeCompare(b.event_id)
	);
}

export function eventsForChart(
	events: readonly ObservatoryEvent[],
	scope: ChartScope,
	geoById: ReadonlyMap<string, Pick<Geo, 'parent_id'>>
): ObservatoryEvent[] {
	const { span } = scope;
	if (!span) return [];
	return events
		.filter(
			(e) =>
				e.indicator_ids.some((id) => scope.indicatorIds.includes(id)) &&
				scope.geoIds.some((g) => sameBranch(geoById, e.geo_id, g)) &&
				e.period_start >= span.start &&
				e.period_start <= span.end
		)
		.sort(byEventDate);
}
