/**
 * What /timeline/ shows, computed at build time: every event of data/events.csv in date order,
 * grouped by the year it starts, with its place, sources and the charts that mark it, and the
 * filter choices (kinds, and every place an event happened in or within).
 */
import type { Catalog } from '$lib/data/catalog';
import { EVENT_KINDS, type EventKind, type ObservatoryEvent } from '$lib/data/schema';
import { shortPublisher } from '$lib/data/labels';
import { byEventDate, placeChain } from '$lib/events/chartEvents';
import { eventPeriodLabel } from '$lib/events/eventPeriodLabel';
import { EVENT_KIND_INFO } from '$lib/events/eventKinds';
import { chartLinks, type ChartLink } from './chartLinks';

export interface TimelineSource {
	source_id: string;
	/** "IOM, 2014". */
	label: string;
	title: string;
	url: string;
}

export interface TimelineEvent extends Pick<ObservatoryEvent, 'event_id' | 'kind' | 'title' | 'description' | 'period_start'> {
	when: string;
	place: string;
	/** The event's place and every place containing it: the place filters it answers to. */
	within: string[];
	sources: TimelineSource[];
	charts: ChartLink[];
}

export interface TimelineYear {
	year: number;
	events: TimelineEvent[];
}

export interface FilterOption<T extends string = string> {
	value: T;
	label: string;
	count: number;
}

export interface TimelineView {
	years: TimelineYear[];
	count: number;
	kinds: FilterOption<EventKind>[];
	places: FilterOption[];
}

export function timelineView(catalog: Catalog): TimelineView {
	const links = chartLinks(catalog);
	const name = (id: string) => catalog.geoById.get(id)?.name ?? id;
	const events: TimelineEvent[] = [...catalog.events].sort(byEventDate).map((e) => ({
		event_id: e.event_id,
		kind: e.kind,
		title: e.title,
		description: e.description,
		period_start: e.period_start,
		when: eventPeriodLabel(e),
		place: name(e.geo_id),
		within: placeChain(catalog.geoById, e.geo_id),
		sources: e.source_ids.flatMap((id) => {
			const s = catalog.sourceById.get(id);
			return s ? [{ source_id: id, label: `${shortPublisher(s.publisher)}, ${s.year ?? 'n.d.'}`, title: s.title, url: s.url }] : [];
		}),
		charts: links.get(e.event_id) ?? []
	}));
	const years: TimelineYear[] = [];
	for (const e of events) {
		const year = Number(e.period_start.slice(0, 4));
		if (years.at(-1)?.year !== year) years.push({ year, events: [] });
		years.at(-1)!.events.push(e);
	}
	const depth = (id: string) => placeChain(catalog.geoById, id).length;
	const places = [...new Set(events.flatMap((e) => e.within))]
		.map((id) => ({ value: id, label: name(id), count: events.filter((e) => e.within.includes(id)).length }))
		.sort((a, b) => depth(a.value) - depth(b.value) || a.label.localeCompare(b.label));
	return {
		years,
		count: events.length,
		kinds: EVENT_KINDS.map((kind) => ({ value: kind, label: EVENT_KIND_INFO[kind].plural, count: events.filter((e) => e.kind === kind).length })),
		places
	};
}
