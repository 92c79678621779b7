/**
 * The revision view in the prerendered HTML: every indicator with more than one edition of an
 * estimate has it, one chart per estimate with its SVG, its table of every edition's values and
 * its sources; the main charts say how many earlier-edition figures they leave out.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadCatalog } from '$lib/server/loadCatalog';
import { editionFamilies, splitEditions } from '$lib/data/editions';
import { builtFile } from '../support/site';

const catalog = loadCatalog();
const html = (id: string) => readFileSync(builtFile('indicators', id, 'index.html'), 'utf8');
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&#39;');
const familiesOf = (id: string) => editionFamilies(catalog.observationsByIndicator.get(id) ?? [], catalog.sourceById);
const revised = catalog.indicators.map((d) => d.indicator_id).filter((id) => familiesOf(id).length > 0);
const single = catalog.indicators.map((d) => d.indicator_id).filter((id) => familiesOf(id).length === 0);

/** The HTML of one revision chart: from its box to the next one or the end of the section. */
function panelHtml(page: string, i: number): string {
	const start = page.indexOf(`<div id="revision-${i}">`);
	expect(start, `revision-${i} is on the page`).toBeGreaterThan(0);
	const next = page.indexOf(`<div id="revision-${i + 1}">`, start);
	return page.slice(start, next > 0 ? next : page.indexOf('</section>', start));
}

describe('revision view (prerendered HTML)', () => {
	it('the shipped data has at least one indicator with several editions of an estimate', () => {
		expect(revised.length).toBeGreaterThan(0);
	});

	it.each(revised)('%s has a revision chart per estimate with its table and sources', (id) => {
		const page = html(id);
		expect(page).toContain('<h2 id="revisions">Revisions between editions</h2>');
		familiesOf(id).forEach((family, i) => {
			const panel = panelHtml(page, i);
			expect(panel).toMatch(/<svg class="line-chart[^"]*" role="img"/);
			// The table: one row per reference period, one column per edition.
			expect(panel).toContain(`id="revision-${i}-chart-table"`);
			const table = panel.slice(panel.indexOf(`id="revision-${i}-chart-table"`));
			for (const e of family.editions) expect(table).toContain(`<th scope="col" class="numeric">${e.edition} edition</th>`);
			const periods = new Set(family.observations.map((o) => o.period));
			expect(table.slice(table.indexOf('<tbody>'), table.indexOf('</tbody>')).match(/<tr>/g)?.length).toBe(periods.size);
			for (const sourceId of family.editions.flatMap((e) => e.source_ids)) {
				expect(panel).toContain(`/sources/#${sourceId}"`);
				expect(panel).toContain(escapeHtml(catalog.sourceById.get(sourceId)!.publisher.split(/\s*[(;,]\s*/)[0]));
			}
		});
	});

	it.each(revised)('%s says under its charts how many earlier-edition figures they leave out', (id) => {
		const rows = catalog.observationsByIndicator.get(id) ?? [];
		const { earlier } = splitEditions(rows, catalog.sourceById);
		const page = html(id);
		const stated = [...page.matchAll(/(\d+) figures? from earlier editions/g)].map((m) => Number(m[1]));
		// Each note counts its own estimate (line-chart panels, or the dot plot of single figures); together they count every one.
		expect(stated.reduce((a, b) => a + b, 0)).toBe(earlier.length);
		expect(page).toContain('href="#revision-0"');
	});

	it('indicators with one edition per estimate have no revision view', () => {
		expect(single.length).toBeGreaterThan(0);
		for (const id of single) expect(html(id), id).not.toContain('id="revisions"');
	});
});
