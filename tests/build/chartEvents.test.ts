/**
 * The events of data/events.csv on the prerendered charts (HTML, no JavaScript): the place pages'
 * border charts and their embeds list the events they mark, and each indicator page lists, under
 * its charts, the events naming that indicator. What each page should list is worked out here
 * from the rows of data/events.csv, not read from the page's own code.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { builtFile } from '../support/site';
import { publishedCount } from '../support/publishedData';
import { loadCatalog } from '$lib/server/loadCatalog';
import { FLOW_INDICATORS, BORDER_PROFILE_IDS } from '$lib/places/borderSection';
import type { ObservatoryEvent } from '$lib/data/schema';

const catalog = loadCatalog();
const html = (...parts: string[]) => readFileSync(builtFile(...parts, 'index.html'), 'utf8');

/** The event ids of each list of events on a page, in order. */
function eventLists(page: string): string[][] {
	return [...page.matchAll(/<ol class="events[\s\S]*?<\/ol>/g)].map((m) => [...m[0].matchAll(/data-event="([^"]+)"/g)].map((e) => e[1]));
}

/** Places inside `geo`, `geo` itself and the places containing it. */
function branch(geo: string): Set<string> {
	const up = [geo];
	for (let p = catalog.geoById.get(geo)?.parent_id; p; p = catalog.geoById.get(p)?.parent_id) up.push(p);
	const down = catalog.geo.filter((g) => {
		for (let p: string | null = g.geo_id; p; p = catalog.geoById.get(p)?.parent_id ?? null) if (p === geo) return true;
		return false;
	});
	return new Set([...up, ...down.map((g) => g.geo_id)]);
}

const byStart = (a: ObservatoryEvent, b: ObservatoryEvent) =>
	a.period_start.localeCompare(b.period_start) || a.period_end.localeCompare(b.period_end) || a.event_id.localeCompare(b.event_id);

/** Events naming one of `indicators`, on the branch of a place drawn, starting within the figures' days. */
function expectedEvents(indicators: readonly string[], rows: { geo_id: string; period_start: string; period_end: string }[]): string[] {
	if (rows.length === 0) return [];
	const start = rows.map((o) => o.period_start).sort()[0];
	const end = rows.map((o) => o.period_end).sort().at(-1)!;
	const places = new Set(rows.flatMap((o) => [...branch(o.geo_id)]));
	return catalog.events
		.filter((e) => e.indicator_ids.some((id) => indicators.includes(id)) && places.has(e.geo_id) && e.period_start >= start && e.period_start <= end)
		.sort(byStart)
		.map((e) => e.event_id);
}

it('reads every event of data/events.csv', () => {
	expect(catalog.events.length).toBe(publishedCount('events'));
});

describe('border charts', () => {
	const flows = [...(catalog.observationsByGeo.get('KH-1:poipet-aranyaprathet') ?? []), ...(catalog.observationsByGeo.get('KHM') ?? [])].filter(
		(o) => FLOW_INDICATORS.includes(o.indicator_id) && o.sex === 'total' && o.population_group !== 'children_0_17'
	);
	const expected = expectedEvents(FLOW_INDICATORS, flows);

	it('the returns chart marks at least one event', () => expect(expected.length).toBeGreaterThan(0));

	it.each(BORDER_PROFILE_IDS)('%s lists the events of the returns chart right under it', (id) => {
		const page = html('places', id);
		const returns = page.slice(page.indexOf('id="returns"'), page.indexOf('id="workers"'));
		expect(eventLists(returns)).toEqual([expected]);
	});

	it('the returns chart embed lists the same events', () => {
		expect(eventLists(html('embed', 'border', 'returns'))).toEqual([expected]);
	});
});

describe('indicator pages', () => {
	const named = [...new Set(catalog.events.flatMap((e) => e.indicator_ids))];

	it.each(named)('%s lists every event naming it that falls on one of its charts', (id) => {
		const rows = catalog.observationsByIndicator.get(id) ?? [];
		const listed = new Set(eventLists(html('indicators', id)).flat());
		// A chart per place: at least the events on the branch of the first panel (Cambodia when it has figures).
		const national = rows.filter((o) => o.geo_id === 'KHM');
		for (const e of expectedEvents([id], national.length ? national : rows)) expect(listed.has(e), `${id}: ${e}`).toBe(true);
		for (const e of listed) expect(catalog.events.find((x) => x.event_id === e)?.indicator_ids, `${id} lists ${e}`).toContain(id);
	});
});
