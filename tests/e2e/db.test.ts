/**
 * The in-browser database's life cycle and failures, in Chromium: DuckDB starts only on pages
 * that need it; with WebAssembly off, the wasm blocked, or the published database missing or
 * corrupt, `data-db` is `error`, a plain-language notice says what is unavailable, and the
 * prerendered content of the page stays; on a slow connection the download shows progress.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, watchPage } from '../support/browser';
import { BUILD_DIR } from '../support/site';
import { startStaticServer, type StaticServer } from '../support/staticServer';
import { siteVariant, type SiteVariant } from '../../scripts/bench/siteVariant';
import { waitForConsole } from '../../scripts/bench/consoleDriver';

const siteUrl = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function settled(page: Page): Promise<string> {
	await page.waitForFunction(() => ['ready', 'error'].includes(document.documentElement.dataset.db ?? ''), null, { timeout: 60_000 });
	return page.evaluate(() => document.documentElement.dataset.db ?? '');
}

/** The prerendered parts of /sql/ that must survive any database failure. */
async function expectPrerenderedSqlPage(page: Page): Promise<void> {
	expect(await page.locator('h1').innerText()).toBe('SQL console');
	expect(await page.locator('nav[aria-label="Main"] a').count()).toBeGreaterThan(5);
	expect(await page.locator('#examples-heading + ul li').count()).toBeGreaterThan(3);
}

describe('when DuckDB starts', () => {
	it.each(['/', '/indicators/', '/sources/', '/about/'])('%s never loads the database', async (route) => {
		const page = await browser.newPage();
		const watch = watchPage(page, siteUrl);
		await page.goto(siteUrl + route, { waitUntil: 'networkidle' });
		expect(await page.evaluate(() => document.documentElement.dataset.db)).toBe('idle');
		expect(watch.requests.filter((u) => /duckdb|\.wasm/.test(u))).toEqual([]);
		await page.close();
	});

	it('starts it once per visit: navigating away from /sql/ and back does not load it again', async () => {
		const page = await browser.newPage();
		const watch = watchPage(page, siteUrl);
		const workers: string[] = [];
		page.on('worker', (w) => workers.push(w.url()));
		await page.goto(`${siteUrl}/sql/`);
		expect(await settled(page)).toBe('ready');
		const wasmRequests = watch.requests.filter((u) => u.endsWith('.wasm')).length;
		await page.click('nav[aria-label="Main"] a:has-text("Sources")');
		await page.waitForURL(/\/sources\/$/);
		await page.click('nav[aria-label="Main"] a:has-text("SQL")');
		expect(await waitForConsole(page)).toBe('ready');
		expect(workers).toHaveLength(1);
		expect(watch.requests.filter((u) => u.endsWith('.wasm')).length).toBe(wasmRequests);
		expect(watch.consoleErrors).toEqual([]);
		await page.close();
	});
});

describe('when the engine cannot run', () => {
	it('with WebAssembly disabled, shows the notice and keeps the prerendered page', async () => {
		// V8 without its JIT has no WebAssembly (as under some hardened browser policies); this
		// Chromium ignores --noexpose_wasm.
		const noWasm = await launchBrowser(['--js-flags=--jitless']);
		const page = await noWasm.newPage();
		await page.goto(`${siteUrl}/sql/`);
		expect(await settled(page)).toBe('error');
		expect(await page.evaluate(() => document.documentElement.dataset.dbFailure)).toBe('wasm');
		const notice = await page.locator('.db-notice').innerText();
		expect(notice).toContain('needs WebAssembly');
		expect(notice).toContain('charts, tables and downloads on every page still work');
		expect(await page.getAttribute('[data-console]', 'data-console')).toBe('unavailable');
		await expectPrerenderedSqlPage(page);
		await noWasm.close();
	});

	it('with the wasm file failing to load, shows the notice and keeps the prerendered page', async () => {
		const server = await startStaticServer({ root: BUILD_DIR, block: (path) => path.endsWith('.wasm') });
		const page = await browser.newPage();
		await page.goto(`${server.url}/sql/`);
		expect(await settled(page)).toBe('error');
		expect(await page.evaluate(() => document.documentElement.dataset.dbFailure)).toBe('engine');
		expect(await page.locator('.db-notice').innerText()).toContain('SQL console');
		expect(await page.locator('.db-notice').innerText()).toContain('did not start');
		expect(await page.locator('.db-notice details').textContent()).toContain('HTTP 404');
		await expectPrerenderedSqlPage(page);
		await page.close();
		await server.close();
	});
});

describe('when the published database is missing or corrupt', () => {
	let server: StaticServer;
	let corrupt: SiteVariant;
	let corruptServer: StaticServer;

	beforeAll(async () => {
		server = await startStaticServer({ root: BUILD_DIR, block: (path) => path.endsWith('/observatory.duckdb') });
		const junk = join(mkdtempSync(join(tmpdir(), 'corrupt-')), 'observatory.duckdb');
		writeFileSync(junk, Buffer.alloc(1 << 20, 'not a database '));
		corrupt = siteVariant(BUILD_DIR, { 'observatory.duckdb': junk });
		corruptServer = await startStaticServer({ root: corrupt.root });
	});
	afterAll(async () => {
		await server?.close();
		await corruptServer?.close();
		corrupt?.remove();
	});

	it.each([
		['missing', () => server.url],
		['corrupt', () => corruptServer.url]
	])('%s: the SQL panel and the notice say so; the rest of the page stays', async (_, url) => {
		const page = await browser.newPage();
		await page.goto(`${url()}/sql/`);
		expect(await settled(page)).toBe('error');
		expect(await page.evaluate(() => document.documentElement.dataset.dbFailure)).toBe('data');
		expect(await page.locator('.db-notice').innerText()).toContain('published data could not be loaded');
		expect(await page.locator('.unavailable').innerText()).toContain('SQL console is unavailable');
		await expectPrerenderedSqlPage(page);
		await page.close();
	});

	it('missing: pages that do not need the database are untouched', async () => {
		const page = await browser.newPage();
		await page.goto(`${server.url}/indicators/`, { waitUntil: 'networkidle' });
		expect(await page.evaluate(() => document.documentElement.dataset.db)).toBe('idle');
		expect(await page.locator('.db-notice').count()).toBe(0);
		await page.close();
	});
});

describe('on a slow connection', () => {
	it('shows download progress while the engine loads', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		// ~40 Mbit/s: the 34 MB engine takes several seconds, long enough to watch the bar move.
		await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: 5_000_000, uploadThroughput: 1_000_000 });
		await page.goto(`${siteUrl}/sql/`);
		const progress = page.locator('.db-notice.loading progress');
		await progress.waitFor({ timeout: 30_000 });
		await expect.poll(async () => Number(await progress.getAttribute('value')), { timeout: 30_000 }).toBeGreaterThan(0);
		expect(Number(await progress.getAttribute('max'))).toBeGreaterThan(10_000_000);
		expect(await page.locator('.db-notice.loading').innerText()).toMatch(/of \d+\.\d MB/);
		expect(await settled(page)).toBe('ready');
		expect(await page.locator('.db-notice').count()).toBe(0);
		await context.close();
	});
});
