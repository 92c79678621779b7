/**
 * The prerendered place profiles, read as HTML (what a reader gets without JavaScript): the
 * Banteay Meanchey, Sisophon and Poipet pages exist and list every figure the data holds for
 * them, each with its source, beside the national figure for the same year and group; the border
 * places carry the disputed figures side by side.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { builtFile } from '../support/site';
import { loadCatalog } from '$lib/server/loadCatalog';
import { formatValue } from '$lib/data/format';
import { shortPublisher } from '$lib/data/labels';

const catalog = loadCatalog();

function decode(html: string): string {
	return html
		.replace(/&amp;/g, '&')
		.replace(/&#39;|&#x27;|&apos;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&nbsp;|&#160;/g, ' ');
}

function page(id: string): string {
	const file = builtFile('places', id, 'index.html');
	expect(existsSync(file), `${file} exists`).toBe(true);
	return decode(readFileSync(file, 'utf8'));
}

/** The rows of one indicator's figure table, as text without tags. */
function figureRows(html: string, indicator: string): string[] {
	const article = new RegExp(`<article[^>]*aria-labelledby="ind-${indicator}"[\\s\\S]*?</article>`).exec(html);
	if (!article) return [];
	return [...article[0].matchAll(/<tr[\s\S]*?<\/tr>/g)].map((r) => r[0].replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '));
}

const PLACES = [
	['KH-1', 'Banteay Meanchey', 'បន្ទាយមានជ័យ'],
	['KH-1:serei-saophoan', 'Serei Saophoan (Sisophon)', 'សិរីសោភ័ណ'],
	['KH-1:poipet', 'Poipet (Paoy Paet)', 'ប៉ោយប៉ែត']
] as const;

describe.each(PLACES)('places/%s/', (id, name, khmer) => {
	const html = page(id);
	const figures = catalog.observationsByGeo.get(id) ?? [];

	it('exists with the English and the Khmer name', () => {
		expect(html).toContain(`<h1`);
		expect(html).toContain(name);
		expect(html).toMatch(new RegExp(`lang="km"[^>]*>${khmer}<`));
	});

	it('lists every figure the data holds for the place, each with its year, value and source', () => {
		expect(figures.length).toBeGreaterThan(0);
		for (const o of figures) {
			const rows = figureRows(html, o.indicator_id);
			const source = catalog.sourceById.get(o.source_id)!;
			const value = formatValue(o.value, o.unit);
			const row = rows.find((r) => r.includes(` ${o.year} `) && r.includes(value) && r.includes(shortPublisher(source.publisher)));
			expect(row, `${o.indicator_id} ${o.year} ${value} (${o.source_id})`).toBeDefined();
		}
	});

	it('shows the national figure for the same indicator, year, group and sex beside each figure', () => {
		for (const o of figures) {
			const national = catalog.observationsByGeo
				.get('KHM')!
				.filter((n) => n.indicator_id === o.indicator_id && n.year === o.year && n.population_group === o.population_group && n.sex === o.sex && n.scope !== 'sample');
			const value = formatValue(o.value, o.unit);
			const row = figureRows(html, o.indicator_id).find((r) => r.includes(` ${o.year} `) && r.includes(value))!;
			if (national.length === 0) expect(row).toContain('no national figure');
			for (const n of national) expect(row, `${o.indicator_id} ${o.year}: Cambodia ${n.value}`).toContain(formatValue(n.value, n.unit));
		}
	});

	it('links every source it cites to its entry on the sources page and to the original', () => {
		for (const o of figures) {
			expect(html).toContain(`/sources/#${o.source_id}"`);
			expect(html).toContain(`href="${catalog.sourceById.get(o.source_id)!.url}"`);
		}
	});
});

describe('border and migration section', () => {
	it.each(['KH-1', 'KH-1:poipet', 'KH-1:poipet-aranyaprathet'])('is on %s with the disputed figures side by side (its events: chartEvents.test.ts)', (id) => {
		const html = page(id);
		expect(html).toContain('id="border"');
		const disputes = html.slice(html.indexOf('id="disputed"'));
		for (const text of ['750,000', '200,000', 'VnNow, 2025', 'ASEAN NOW forum, 2025', 'US$2.8 billion', 'US$1.5 billion']) {
			expect(disputes).toContain(text);
		}
	});

	it('is not on the Sisophon page (no crossing there)', () => {
		expect(page('KH-1:serei-saophoan')).not.toContain('id="border"');
	});

	it('draws the returns through Poipet as a chart without JavaScript', () => {
		const html = page('KH-1:poipet');
		expect(html).toMatch(/<svg[^>]*class="line-chart[^"]*"[^>]*role="img"/);
		expect(html).toContain('Deported through Poipet (year)');
	});
});

describe('place pages', () => {
	it('exist for every place with figures and for none without', () => {
		const withFigures = catalog.geo.filter((g) => catalog.observationsByGeo.has(g.geo_id));
		for (const g of withFigures) expect(existsSync(builtFile('places', g.geo_id, 'index.html')), g.geo_id).toBe(true);
		expect(existsSync(builtFile('places', 'KH-22:o-smach-chong-chom', 'index.html'))).toBe(false);
	});
});
