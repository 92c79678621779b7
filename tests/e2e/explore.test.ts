/**
 * /explore/ in Chromium: the prerendered chart paints before DuckDB is ready; a view built with the
 * controls lives in the URL and reopens identically elsewhere; back and forward restore views; a
 * malformed link shows a note and the rest of the view; if DuckDB cannot start, views still load.
 * No request leaves the site and the console stays clean.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, watchPage, type PageWatch } from '../support/browser';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

const site = () => inject('siteUrl');

async function open(path: string, setup?: (page: Page) => Promise<unknown>): Promise<{ page: Page; watch: PageWatch; close: () => Promise<void> }> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	const watch = watchPage(page, new URL(site()).origin);
	await setup?.(page);
	await page.goto(site() + path, { waitUntil: 'load' });
	return { page, watch, close: () => context.close() };
}

/** DuckDB has settled and the panel shows the view the URL asks for. */
async function settled(page: Page): Promise<void> {
	await page.waitForFunction(() => ['ready', 'error'].includes(document.documentElement.dataset.db ?? ''), null, { timeout: 60_000 });
	await page.waitForFunction(() => document.querySelector('[data-testid="explore-panel"]')?.getAttribute('aria-busy') === 'false', null, {
		timeout: 30_000
	});
}

/** What a reader sees of the view: every control's value and the chart, map or table shown. */
async function snapshot(page: Page) {
	return page.evaluate(() => {
		const value = (id: string) => (document.querySelector(`[data-testid="${id}"]`) as HTMLInputElement | null)?.value ?? null;
		const panel = document.querySelector('[data-testid="explore-panel"]')!;
		return {
			indicator: value('indicator'),
			group: value('group'),
			sex: value('sex'),
			source: value('source'),
			years: [value('year-from'), value('year-to')],
			perCapita: (document.querySelector('[data-testid="per-capita"]') as HTMLInputElement).checked,
			places: document.querySelector('[data-testid="places-summary"]')?.textContent?.trim(),
			tab: document.querySelector('[role="tab"][aria-selected="true"]')?.textContent?.trim(),
			heading: panel.querySelector('h2, .map-title, caption')?.textContent?.trim(),
			chartTitles: [...panel.querySelectorAll('svg > title')].map((t) => t.textContent),
			legend: [...panel.querySelectorAll('.legend li')].map((li) => li.textContent?.trim()),
			notes: [...panel.querySelectorAll('figcaption .note')].map((p) => p.textContent?.trim()),
			tableRows: [...panel.querySelectorAll('tbody tr')].map((tr) => tr.textContent?.replace(/\s+/g, ' ').trim())
		};
	});
}

function expectClean(watch: PageWatch) {
	expect(watch.foreignRequests).toEqual([]);
	expect(watch.consoleErrors).toEqual([]);
}

describe('/explore/', () => {
	it('shows the prerendered chart before DuckDB is ready, then becomes ready', async () => {
		let release!: () => void;
		const gate = new Promise<void>((resolve) => (release = resolve));
		const { page, watch, close } = await open('/explore/', (p) =>
			p.route('**/*.wasm', async (route) => {
				await gate;
				await route.continue();
			})
		);
		const chart = page.locator('[data-testid="explore-panel"] svg.line-chart').first();
		expect(await chart.isVisible()).toBe(true);
		expect(await page.evaluate(() => document.documentElement.dataset.db)).not.toBe('ready');
		expect(await page.locator('[data-testid="controls-status"]').textContent()).toContain('Waiting for the data engine');
		release();
		await settled(page);
		expect(await page.evaluate(() => document.documentElement.dataset.db)).toBe('ready');
		expect(await page.locator('[data-testid="controls-status"]').textContent()).toBe('');
		expectClean(watch);
		await close();
	});

	it('puts a view built with the controls in the URL, and that link reopens identically', async () => {
		const a = await open('/explore/');
		await settled(a.page);
		await a.page.selectOption('[data-testid="indicator"]', 'deportees_from_tha');
		await a.page.waitForURL(/indicator=deportees_from_tha/);
		await a.page.click('[data-testid="places-summary"]');
		await a.page.check('input[value="KH-1:poipet-aranyaprathet"]');
		await a.page.waitForURL(/geo=KH-1:poipet-aranyaprathet/);
		await a.page.check('input[value="KHM"]');
		await a.page.waitForURL(/geo=KH-1:poipet-aranyaprathet~KHM/);
		await a.page.selectOption('[data-testid="year-from"]', '2010');
		await a.page.waitForURL(/years=2010\.\.2018/);
		await settled(a.page);
		const url = a.page.url();
		expect(new URL(url).search).toBe('?indicator=deportees_from_tha&geo=KH-1:poipet-aranyaprathet~KHM&years=2010..2018');
		const before = await snapshot(a.page);
		expect(before.indicator).toBe('deportees_from_tha');
		expect(before.chartTitles.join(' ')).toContain('Cambodians deported or sent back by Thai authorities');
		expect(before.legend.length).toBeGreaterThan(1);

		const b = await open(new URL(url).pathname + new URL(url).search);
		await settled(b.page);
		expect(await snapshot(b.page)).toEqual(before);
		expectClean(a.watch);
		expectClean(b.watch);
		await a.close();
		await b.close();
	});

	it('restores the previous view on back and the next on forward', async () => {
		const { page, watch, close } = await open('/explore/');
		await settled(page);
		const first = await snapshot(page);
		await page.click('[role="tab"]:has-text("Table")');
		await page.waitForURL(/\?tab=table$/);
		await settled(page);
		const second = await snapshot(page);
		expect(second.tab).toBe('Table');
		await page.selectOption('[data-testid="indicator"]', 'skilled_birth_attendance');
		await page.waitForURL(/indicator=skilled_birth_attendance&tab=table/);
		await settled(page);
		const third = await snapshot(page);
		expect(third.tableRows.join(' ')).toContain('Banteay Meanchey');

		await page.goBack();
		await page.waitForURL(/\?tab=table$/);
		await settled(page);
		expect(await snapshot(page)).toEqual(second);
		await page.goBack();
		await page.waitForURL((u) => u.search === '');
		await settled(page);
		expect(await snapshot(page)).toEqual(first);
		await page.goForward();
		await page.waitForURL(/\?tab=table$/);
		await settled(page);
		expect(await snapshot(page)).toEqual(second);
		expectClean(watch);
		await close();
	});

	it('opens the usable part of a malformed link and says what was dropped', async () => {
		const { page, watch, close } = await open('/explore/?indicator=skilled_birth_attendance&geo=KH-1~XX-99&tab=pie&per=capita&utm_source=mail');
		await settled(page);
		const note = await page.locator('[data-testid="dropped-note"]').textContent();
		for (const part of ['geo=XX-99', 'unknown place', 'tab=pie', 'per=capita', 'utm_source=mail']) expect(note).toContain(part);
		expect(await page.locator('[data-testid="dropped-note"]').getAttribute('aria-live')).toBe('polite');
		const view = await snapshot(page);
		expect(view.indicator).toBe('skilled_birth_attendance');
		expect(view.places).toBe('Banteay Meanchey');
		expect(view.tab).toBe('Chart');
		expect(view.chartTitles.join(' ')).toContain('Births attended by a skilled provider');
		expectClean(watch);
		await close();
	});

	it('never crashes on hostile input', async () => {
		const { page, watch, close } = await open('/explore/?indicator=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&geo=~~~&years=99999..1');
		await settled(page);
		expect(await page.locator('[data-testid="dropped-note"]').textContent()).toContain('unknown indicator');
		expect((await snapshot(page)).indicator).toBe('hiv_prevalence');
		expect(await page.locator('img[src="x"]').count()).toBe(0);
		expectClean(watch);
		await close();
	});

	it('states which census year a rate per 100,000 uses', async () => {
		const { page, watch, close } = await open('/explore/?indicator=deportees_from_tha&geo=KHM&per=100k');
		await settled(page);
		const view = await snapshot(page);
		expect(view.perCapita).toBe(true);
		expect(view.heading).toContain('per 100,000 population');
		expect(view.notes.join(' ')).toContain('Rates for Cambodia use the 2019 census population, 15,552,221');
		expectClean(watch);
		await close();
	});

	it('still loads views from the published figures when DuckDB cannot start', async () => {
		// The published database file does not load: the engine reports an error (data-db="error").
		const { page, watch, close } = await open('/explore/?indicator=deportees_from_tha&geo=KHM&tab=table', (p) =>
			p.route('**/observatory.duckdb*', (route) => route.abort())
		);
		await settled(page);
		expect(await page.evaluate(() => document.documentElement.dataset.db)).toBe('error');
		expect(await page.locator('[data-testid="explore-panel"]').getAttribute('data-origin')).toBe('fallback');
		const view = await snapshot(page);
		expect(view.tableRows.length).toBeGreaterThan(0);
		expect(view.tableRows.every((r) => r?.startsWith('Cambodia'))).toBe(true);
		expect(await page.locator('[role="status"]', { hasText: 'filtered from the published figures file' }).count()).toBe(1);
		expect(watch.foreignRequests).toEqual([]);
		await close();
	});
});

describe('/explore/ with the user’s own imports', () => {
	it('says when a linked import is not in this browser, and shows the rest of the view', async () => {
		const { page, watch, close } = await open('/explore/?geo=KHM&cmp=import_elsewhere/SH.DYN.AIDS.ZS');
		await settled(page);
		await page.waitForFunction(() => document.querySelector('[data-testid="dropped-note"]')?.textContent?.includes('not in this browser'));
		expect((await snapshot(page)).places).toBe('Cambodia');
		expectClean(watch);
		await close();
	});

	it('draws an imported WDI series beside the published figures, marked as the user’s own', async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		const watch = watchPage(page, new URL(site()).origin);
		await page.goto(`${site()}/import/`);
		await page.waitForSelector('[data-phase="idle"]');
		await page.locator('input[type=file]').setInputFiles('tests/fixtures/import/wdi-hiv-prevalence.csv');
		await page.waitForSelector('[data-phase="preview"]', { timeout: 30_000 });
		await page.locator('button.primary', { hasText: 'Import into the database' }).click();
		await page.waitForSelector('[data-phase="saved"]', { timeout: 60_000 });
		const name = (await page.locator('.saved code').innerText()).trim();

		await page.goto(`${site()}/explore/?geo=KHM`);
		await settled(page);
		await page.locator('.import-compare summary').click();
		await page.getByRole('button', { name: 'Draw beside the published figures' }).click();
		await page.waitForURL(new RegExp(`cmp=${name}/SH\\.DYN\\.AIDS\\.ZS`));
		await page.waitForFunction(() => [...document.querySelectorAll('.legend li')].some((li) => li.textContent?.includes('Your import')), null, {
			timeout: 60_000
		});
		const view = await snapshot(page);
		expect(view.notes.join(' ')).toContain('not published by this observatory');
		expect(view.legend.some((l) => l?.includes('World Bank'))).toBe(true);

		// Opened from the link, the panel stays busy until the import's figures are drawn too.
		await page.reload();
		await settled(page);
		expect((await snapshot(page)).legend.some((l) => l?.includes('Your import'))).toBe(true);
		expectClean(watch);
		await context.close();
	});
});
