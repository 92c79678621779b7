/**
 * The prerendered /timeline/ (HTML, no JavaScript): every event of data/events.csv, each with its
 * sources (entry on /sources/ and the original) and links to exactly the charts that list it. The
 * charts are found in the other built pages (their lists of marked events), not in the timeline's
 * own code, so the two cannot agree by construction.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { builtFile } from '../support/site';
import { publishedCount, publishedRecords } from '../support/publishedData';
import { loadCatalog } from '$lib/server/loadCatalog';
import { BORDER_CHARTS, BORDER_HOME } from '$lib/places/borderCharts';

const catalog = loadCatalog();
const records = publishedRecords('events');
const read = (...parts: string[]) => readFileSync(builtFile(...parts, 'index.html'), 'utf8');
const file = builtFile('timeline', 'index.html');
const html = existsSync(file) ? readFileSync(file, 'utf8') : '';
const entry = (id: string) => new RegExp(`<li[^>]* id="${id}"[\\s\\S]*?</li>`).exec(html)?.[0] ?? '';
const unescape = (s: string) => s.replace(/&amp;/g, '&');
const lists = (page: string, id: string) => new RegExp(`<ol class="events[^"]*"[^>]*>(?:(?!</ol>)[\\s\\S])*data-event="${id}"`).test(page);

/** Where each event is listed under a chart: indicator pages and the province's border section. */
function chartsListing(id: string): string[] {
	const found: string[] = [];
	for (const indicator of readdirSync(builtFile('indicators'), { withFileTypes: true }).filter((d) => d.isDirectory())) {
		if (lists(read('indicators', indicator.name), id)) found.push(`indicators/${indicator.name}/`);
	}
	const place = read('places', BORDER_HOME);
	for (const chart of BORDER_CHARTS) {
		const start = place.indexOf(`id="${chart.id}"`);
		const end = place.indexOf('<h3', start + 1);
		if (lists(place.slice(start, end), id)) found.push(`places/${BORDER_HOME}/#${chart.id}`);
	}
	return found.sort();
}

describe('/timeline/ (prerendered)', () => {
	it('exists', () => expect(existsSync(file), file).toBe(true));

	it('has every event of data/events.csv, once', () => {
		const ids = [...html.matchAll(/<li class="event[^"]*" id="([^"]+)"/g)].map((m) => m[1]);
		expect(ids.length).toBe(publishedCount('events'));
		expect(ids.sort()).toEqual(records.map((r) => r.event_id).sort());
	});

	it('lists the events in date order, under the year each starts', () => {
		const ids = [...html.matchAll(/<li class="event[^"]*" id="([^"]+)"/g)].map((m) => m[1]);
		const starts = ids.map((id) => catalog.events.find((e) => e.event_id === id)!.period_start);
		expect(starts).toEqual([...starts].sort());
		for (const e of catalog.events) {
			const section = new RegExp(`<h2 id="year-(\\d{4})"(?:(?!<h2)[\\s\\S])*id="${e.event_id}"`).exec(html);
			expect(section?.[1], e.event_id).toBe(e.period_start.slice(0, 4));
		}
	});

	it.each(records.map((r) => [r.event_id, r] as const))('%s names its kind and place and links each source and its original', (id, r) => {
		const li = entry(id);
		expect(li).toContain(`data-kind="${r.kind}"`);
		expect(li).toContain(catalog.geoById.get(r.geo_id)!.name);
		for (const sourceId of r.source_ids.split(' ')) {
			expect(li).toMatch(new RegExp(`href="[^"]*/sources/#${sourceId}"`));
			expect(unescape(li)).toContain(`href="${catalog.sourceById.get(sourceId)!.url}"`);
		}
	});

	it.each(records.map((r) => r.event_id))('%s links to exactly the charts that list it', (id) => {
		const links = [...entry(id).matchAll(/<a href="\.\.\/((?:indicators|places)\/[^"#]+\/)(#[^"]*)?"/g)].map((m) =>
			m[1].startsWith('places/') ? `${m[1]}${m[2]}` : m[1]
		);
		expect(links.sort()).toEqual(chartsListing(id));
	});

	it('is linked from the main navigation', () => {
		expect(read('about')).toMatch(/<nav[^>]*aria-label="Main"[\s\S]*?href="[^"]*timeline\/"/);
	});
});
