/**
 * Row builders for tests: one place that knows every column of every table, so a test names only
 * the fields it is about. An observation given a `year` but no `period` covers that calendar year;
 * given a `period`, its derived columns (start, end, form, year) come from the build's own code.
 */
import { eventRow, observationRow } from '$lib/data/deriveRows';
import type { Geo, Indicator, Observation, ObservatoryEvent, Source } from '$lib/data/schema';

export function observationOf(partial: Partial<Observation>): Observation {
	const period = partial.period ?? String(partial.year ?? 2000).padStart(4, '0');
	const row = observationRow({
		indicator_id: 'hiv_prevalence',
		geo_id: 'KHM',
		period,
		population_group: 'all',
		sex: 'total',
		value: 1,
		lower: null,
		upper: null,
		unit: 'percent',
		source_id: 'src_a',
		scope: 'place',
		reporting_domain: null,
		locator: null,
		quote: null,
		derivation: null,
		note: null
	});
	const { year: _year, ...rest } = partial;
	return { ...row, ...rest };
}

export function sourceOf(partial: Partial<Source> & Pick<Source, 'source_id'>): Source {
	const year = partial.year ?? null;
	return {
		title: `Title of ${partial.source_id}`,
		publisher: 'Publisher',
		published: year === null ? null : String(year),
		year,
		kind: 'statistics',
		series: null,
		edition: null,
		url: `https://example.org/${partial.source_id}`,
		via_url: null,
		locator: null,
		license: 'unknown',
		accessed: '2026-11-28',
		...partial
	};
}

export function indicatorOf(partial: Partial<Indicator> & Pick<Indicator, 'indicator_id'>): Indicator {
	const unit = partial.unit ?? 'percent';
	return {
		name: partial.indicator_id.replaceAll('_', ' '),
		domain: 'health_outcome',
		unit,
		measure: 'stock',
		integer: unit === 'count' ? true : null,
		min: null,
		max: null,
		definition: '',
		higher_is_better: null,
		...partial
	};
}

export function geoOf(partial: Partial<Geo> & Pick<Geo, 'geo_id'>): Geo {
	return { name: partial.geo_id, name_km: null, level: 'province', parent_id: 'KHM', lat: null, lon: null, source: 'test', ...partial };
}

/** An event; `period` defaults to 2014, its derived columns come from the build's own code. */
export function eventOf(partial: Partial<ObservatoryEvent> & Pick<ObservatoryEvent, 'event_id'>): ObservatoryEvent {
	const row = eventRow({
		event_id: partial.event_id,
		period: partial.period ?? '2014',
		geo_id: 'KHM',
		kind: 'border',
		title: `Title of ${partial.event_id}`,
		description: 'What the sources say.',
		source_ids: 'src_a',
		indicator_ids: ''
	});
	const { period: _period, ...rest } = partial;
	return { ...row, ...rest };
}
