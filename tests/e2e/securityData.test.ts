/**
 * Hostile text in the data package itself. The build's validator refuses any source URL that is
 * not http(s) (so no `javascript:` link can be published); titles, publishers, names, definitions
 * and notes that carry HTML payloads pass validation but are rendered as text. The pages are
 * rendered the way the build does it — each route's own `load` (over a catalog built from a fixture
 * package with payloads) and svelte/server `render` — and the HTML is then opened in Chromium with
 * the injection traps armed: nothing runs, nothing is injected, the payloads read as text.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import Papa from 'papaparse';
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import type { Browser } from 'playwright-core';
import { buildCatalog, type Catalog } from '$lib/data/catalog';
import { validatePackage, type PackageFiles } from '$lib/data/validatePackage';
import { launchBrowser } from '../support/browser';
import { ALERT_PAYLOADS, FLAG_PAYLOADS, PAYLOADS, armTraps, injectionFindings, pwned } from '../support/injection';
import { fixtureFiles } from '../unit/data/fixturePackage';

vi.mock('$app/paths', () => ({ base: '', assets: '' }));
vi.mock('$app/state', () => ({ page: { url: new URL('http://localhost/'), route: { id: '/' }, params: {}, data: {} } }));
vi.mock('$app/navigation', () => ({ goto: async () => undefined, replaceState: () => undefined }));
vi.mock('$env/static/public', () => ({}));
const held = vi.hoisted(() => ({ catalog: null as unknown }));
vi.mock('$lib/server/loadCatalog', () => ({ loadCatalog: () => held.catalog }));

type Row = Record<string, string>;

/** The valid fixture package with some cells rewritten. */
function withCells(edit: Partial<Record<keyof PackageFiles, (row: Row, index: number) => void>>): PackageFiles {
	const files = fixtureFiles('valid');
	for (const [table, change] of Object.entries(edit) as [keyof PackageFiles, (row: Row, index: number) => void][]) {
		const parsed = Papa.parse<Row>(files[table].text, { header: true, skipEmptyLines: true });
		parsed.data.forEach(change);
		files[table] = { ...files[table], text: Papa.unparse(parsed.data, { columns: parsed.meta.fields, newline: '\n' }) + '\n' };
	}
	return files;
}

describe('the validator', () => {
	it.each([
		'javascript:alert(1)',
		'JavaScript:alert(1)',
		' javascript:alert(1)',
		'javascript://example.org/%0Aalert(1)',
		'data:text/html,<script>alert(1)</script>',
		'vbscript:msgbox(1)',
		'https://example.org/ javascript:alert(1)',
		'//example.org/x'
	])('refuses the source URL %j, naming file, line and column', (url) => {
		const result = validatePackage(withCells({ sources: (row, i) => i === 1 && (row.url = url) }), { today: '2026-12-01' });
		expect(result.tables).toBeNull();
		const issue = result.issues.find((i) => i.level === 'error');
		expect(issue).toMatchObject({ file: 'tests/fixtures/data/valid/sources.csv', line: 3 });
		expect(issue?.message).toContain('does not match the pattern');
	});
});

// Payloads in every free-text column; the URL is valid http(s) but tries to break out of its attribute.
const BREAKOUT_URL = 'https://example.org/"><svg/onload=window.__pwned=6>';
const files = withCells({
	indicators: (row, i) => {
		row.name = `${row.name} ${PAYLOADS[i % PAYLOADS.length]}`;
		row.definition = `${row.definition} ${PAYLOADS[(i + 1) % PAYLOADS.length]}`;
	},
	observations: (row, i) => (row.note = PAYLOADS[i % PAYLOADS.length]),
	sources: (row, i) => {
		row.title = `${row.title} ${ALERT_PAYLOADS[0]}`;
		row.publisher = FLAG_PAYLOADS[(i + 1) % FLAG_PAYLOADS.length];
		row.locator = ALERT_PAYLOADS[1];
		if (i === 0) row.url = BREAKOUT_URL;
	},
	geo: (row, i) => (row.name = `${row.name} ${PAYLOADS[(i + 3) % PAYLOADS.length]}`)
});

describe('payloads in names, definitions, titles and notes', () => {
	let browser: Browser;
	let catalog: Catalog;

	beforeAll(async () => {
		const result = validatePackage(files, { today: '2026-12-01' });
		expect(result.issues.filter((i) => i.level === 'error')).toEqual([]);
		catalog = buildCatalog(result.tables!);
		held.catalog = catalog;
		browser = await launchBrowser();
	});
	afterAll(() => browser?.close());

	/** Renders a route's page with data from its own `load`, as prerendering does. */
	async function renderRoute(route: string, params: Record<string, string> = {}): Promise<string> {
		const dir = `../../src/routes/${route}`;
		const server = await import(/* @vite-ignore */ `${dir}/+page.server.ts`);
		const page = (await import(/* @vite-ignore */ `${dir}/+page.svelte`)).default as Component<{ data: unknown }>;
		const data = await server.load({ params });
		const { head, body } = render(page, { props: { data } });
		return `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
	}

	async function expectInertHtml(html: string): Promise<string> {
		const context = await browser.newContext();
		const traps = await armTraps(context);
		const page = await context.newPage();
		// No CSP here: if any payload had become markup, it would run.
		await page.setContent(html, { waitUntil: 'load' });
		await page.waitForTimeout(50);
		expect(await injectionFindings(page)).toEqual([]);
		expect(await pwned(page)).toBe(0);
		expect(traps.dialogs).toEqual([]);
		const text = await page.evaluate(() => `${document.title}\n${document.body.innerText}`);
		const hrefs = await page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!));
		await context.close();
		expect(hrefs.filter((h) => /^\s*(javascript|data|vbscript):/i.test(h))).toEqual([]);
		return text;
	}

	it('indicator pages: names, definitions, notes and sources read as text', async () => {
		for (const indicator of catalog.indicators) {
			const text = await expectInertHtml(await renderRoute('indicators/[id]', { id: indicator.indicator_id }));
			expect(text).toContain(indicator.name);
			for (const o of catalog.observationsByIndicator.get(indicator.indicator_id) ?? []) if (o.note) expect(text).toContain(o.note);
		}
	});

	it('the sources page: titles, publishers and locators read as text; a URL cannot leave its attribute', async () => {
		const html = await renderRoute('sources');
		expect(html).toContain('href="https://example.org/&quot;>');
		const text = await expectInertHtml(html);
		for (const s of catalog.sources) {
			expect(text).toContain(s.title);
			expect(text).toContain(s.publisher);
		}
	});

	it('place pages: place names and figure notes read as text', async () => {
		const { profilePlaceIds } = await import('$lib/places/placeProfile');
		const ids = profilePlaceIds(catalog);
		expect(ids.length).toBeGreaterThan(1);
		for (const id of ids) {
			const text = await expectInertHtml(await renderRoute('places/[id]', { id }));
			expect(text).toContain(catalog.geoById.get(id)!.name);
		}
	});
});
