/**
 * Checks on the prerendered HTML (no JavaScript involved): every indicator has a page with its
 * chart SVG and the names of its sources, the CSV download matches the data, the sources page
 * has an anchor per source, and no page loads a DuckDB chunk up front.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { loadCatalog } from '$lib/server/loadCatalog';
import { FIGURES_CSV_COLUMNS } from '$lib/data/figuresCsv';
import { BUILD_DIR, builtFile } from '../support/site';

const catalog = loadCatalog();
const html = (...parts: string[]) => readFileSync(builtFile(...parts, 'index.html'), 'utf8');
/** Text as it appears in HTML (Svelte escapes & < > and, in attributes, quotes). */
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

describe('indicator pages (prerendered HTML)', () => {
	it.each(catalog.indicators.map((d) => d.indicator_id))('%s has its chart SVG and the names of its sources', (id) => {
		const page = html('indicators', id);
		expect(page).toMatch(/<svg class="line-chart[^"]*" role="img"/);
		expect(page).toMatch(/<title id="line-0-w-title">/);
		const sources = new Set((catalog.observationsByIndicator.get(id) ?? []).map((o) => o.source_id));
		for (const sourceId of sources) {
			const source = catalog.sourceById.get(sourceId)!;
			expect(page, `${id} names ${sourceId}`).toContain(escapeHtml(source.publisher));
			expect(page).toContain(`/sources/#${sourceId}"`);
		}
	});

	it('every figure of an indicator is in its table', () => {
		const page = html('indicators', 'hiv_prevalence');
		const rows = page.match(/<tbody>[\s\S]*?<\/tbody>/g)!.at(-1)!.match(/<tr>/g) ?? [];
		expect(rows.length).toBe(catalog.observationsByIndicator.get('hiv_prevalence')!.length);
	});

	it('marks selected-sites samples and shows audit remarks visibly', () => {
		const sampleIndicator = catalog.observations.find((o) => o.scope === 'sample')!.indicator_id;
		expect(html('indicators', sampleIndicator)).toContain('(selected sites, not national)');
		const audited = catalog.observations.find((o) => /\(audit:/.test(o.note ?? ''))!.indicator_id;
		expect(html('indicators', audited)).toContain('Audit remark:');
	});
});

describe('CSV downloads', () => {
	it.each(catalog.indicators.map((d) => d.indicator_id))('%s/data.csv holds exactly its figures with their sources', (id) => {
		const text = readFileSync(builtFile('indicators', id, 'data.csv'), 'utf8');
		const parsed = Papa.parse<Record<string, string>>(text.trim(), { header: true });
		expect(parsed.errors).toEqual([]);
		expect(parsed.meta.fields).toEqual([...FIGURES_CSV_COLUMNS]);
		const expected = (catalog.observationsByIndicator.get(id) ?? [])
			.map((o) => `${o.geo_id}|${o.year}|${o.population_group}|${o.sex}|${o.source_id}|${o.value}|${o.lower ?? ''}|${o.upper ?? ''}`)
			.sort();
		const actual = parsed.data
			.map((r) => `${r.geo_id}|${r.year}|${r.population_group}|${r.sex}|${r.source_id}|${r.value}|${r.lower}|${r.upper}`)
			.sort();
		expect(actual).toEqual(expected);
		for (const r of parsed.data) expect(r.source_publisher).toBe(catalog.sourceById.get(r.source_id)?.publisher);
	});
});

describe('overview, indicators and sources pages', () => {
	it('the overview has headline figures, a chart and links to the focus places', () => {
		const page = html();
		expect(page).toMatch(/<svg class="line-chart[^"]*" role="img"/);
		for (const place of ['KH-1', 'KH-1:serei-saophoan', 'KH-1:poipet']) expect(page).toContain(`/places/${place}/"`);
		expect(page).toContain('Headline figures');
	});

	it('the indicator index links every indicator', () => {
		const page = html('indicators');
		for (const d of catalog.indicators) expect(page).toContain(`/indicators/${d.indicator_id}/"`);
	});

	it('the sources page has an anchor for every source', () => {
		const page = html('sources');
		for (const s of catalog.sources) expect(page).toContain(`id="${s.source_id}"`);
	});
});

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === '_app' ? [] : htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

describe('no DuckDB before first paint', () => {
	it('can recognise the DuckDB chunk (the marker below is present in the build)', () => {
		const chunks = join(BUILD_DIR, '_app', 'immutable', 'chunks');
		const js = readdirSync(chunks).filter((f) => f.endsWith('.js'));
		expect(js.some((f) => readFileSync(join(chunks, f), 'utf8').includes('AsyncDuckDB'))).toBe(true);
	});

	it('no page preloads or imports a DuckDB chunk', () => {
		const pages = htmlFiles(BUILD_DIR);
		expect(pages.length).toBeGreaterThan(catalog.indicators.length);
		const isDuck = new Map<string, boolean>();
		for (const page of pages) {
			const text = readFileSync(page, 'utf8');
			expect(text, page).not.toMatch(/duckdb[^"']*\.(wasm|worker)/i);
			for (const [, href] of text.matchAll(/<link href="([^"]+\.js)" rel="modulepreload"/g)) {
				const file = join(BUILD_DIR, href.replace(/^(\.\.?\/)+/, ''));
				if (!isDuck.has(file)) isDuck.set(file, existsSync(file) && readFileSync(file, 'utf8').includes('AsyncDuckDB'));
				expect(isDuck.get(file), `${page} preloads ${href}`).toBe(false);
			}
		}
	});
});
