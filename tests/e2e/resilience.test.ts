/**
 * Resilience of the pages that use DuckDB, beyond /sql/ (covered by db.test.ts): with WebAssembly
 * off, the wasm download failing, or the published database missing or corrupt, /explore/ and
 * /import/ keep their prerendered content, the layout shows a plain notice, data-db is "error",
 * the failure stays in the panel that needs the database, and nothing throws uncaught (on /sql/
 * too). A missing fallback file (/explore/observations.json, /report/data.json) degrades one panel
 * with a message, never the page. On a slow connection /explore/ shows the engine's download
 * progress while its prerendered chart already works.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, watchPage, type PageWatch } from '../support/browser';
import { waitForConsole } from '../../scripts/bench/consoleDriver';

const siteUrl = inject('siteUrl');
const EXPLORE_VIEW = '/explore/?indicator=skilled_birth_attendance&tab=map';

type Failure = 'wasm' | 'engine' | 'data';
interface Mode {
	name: string;
	failure: Failure;
	/** Chromium flags: V8 without its JIT has no WebAssembly (this Chromium ignores --noexpose_wasm). */
	args?: string[];
	/** Requests to break before the page loads. */
	setup?: (page: Page) => Promise<unknown>;
	notice: string;
}

const MODES: Mode[] = [
	{ name: 'WebAssembly disabled', failure: 'wasm', args: ['--js-flags=--jitless'], notice: 'needs WebAssembly' },
	{ name: 'the .wasm request aborted', failure: 'engine', setup: (p) => p.route('**/*.wasm', (r) => r.abort()), notice: 'did not start' },
	{
		name: 'the database file missing (404)',
		failure: 'data',
		setup: (p) => p.route('**/observatory.duckdb*', (r) => r.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' })),
		notice: 'published data could not be loaded'
	},
	{
		name: 'the database file corrupt',
		failure: 'data',
		setup: (p) =>
			p.route('**/observatory.duckdb*', (r) =>
				r.fulfill({ status: 200, contentType: 'application/octet-stream', body: Buffer.alloc(1 << 16, 'not a database ') })
			),
		notice: 'published data could not be loaded'
	}
];

/** Uncaught exceptions and unhandled rejections (console errors for the failed requests are expected). */
const uncaught = (watch: PageWatch) => watch.consoleErrors.filter((e) => e.startsWith('pageerror:') || /Uncaught/.test(e));

async function dbSettled(page: Page): Promise<{ db: string; failure: string | undefined }> {
	await page.waitForFunction(() => ['ready', 'error'].includes(document.documentElement.dataset.db ?? ''), null, { timeout: 90_000 });
	return page.evaluate(() => ({ db: document.documentElement.dataset.db ?? '', failure: document.documentElement.dataset.dbFailure }));
}

async function expectNotice(page: Page, mode: Mode): Promise<void> {
	const notice = page.locator('.db-notice.error');
	expect(await notice.isVisible()).toBe(true);
	expect(await notice.getAttribute('role')).toBe('alert');
	expect(await notice.innerText()).toContain(mode.notice);
	expect(await notice.innerText()).toContain('still work');
}

describe.each(MODES)('with $name', (mode) => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser(mode.args ?? []);
	});
	afterAll(() => browser?.close());

	async function open(path: string): Promise<{ page: Page; watch: PageWatch; close: () => Promise<void> }> {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		const watch = watchPage(page, siteUrl);
		await mode.setup?.(page);
		await page.goto(siteUrl + path);
		return { page, watch, close: () => context.close() };
	}

	it('/explore/ keeps its chart and its controls, and loads views from the published figures instead', async () => {
		const { page, watch, close } = await open(EXPLORE_VIEW);
		expect(await dbSettled(page)).toEqual({ db: 'error', failure: mode.failure });
		await expectNotice(page, mode);
		const panel = page.locator('[data-testid="explore-panel"]');
		await page.waitForSelector('[data-testid="explore-panel"][aria-busy="false"]', { timeout: 60_000 });
		expect(await panel.getAttribute('data-origin')).toBe('fallback');
		expect(await page.locator('.map-svg [data-unit]').count()).toBeGreaterThan(10);
		// The controls still answer: another view, then the table.
		await page.selectOption('[data-testid="indicator"]', 'hiv_prevalence');
		await page.getByRole('tab', { name: 'Table' }).click();
		await page.waitForSelector('[data-testid="explore-panel"][aria-busy="false"] tbody tr');
		expect(await panel.locator('tbody tr').count()).toBeGreaterThan(3);
		expect(await page.locator('.status.error').count()).toBe(0);
		expect(uncaught(watch)).toEqual([]);
		expect(watch.foreignRequests).toEqual([]);
		await close();
	});

	it('/import/ still reads and previews a file; only importing it fails, in the import panel', async () => {
		const { page, watch, close } = await open('/import/');
		await page.waitForSelector('[data-phase="idle"]');
		await page.locator('input[type=file]').setInputFiles('tests/fixtures/import/tidy-own.csv');
		await page.waitForSelector('[data-phase="preview"]', { timeout: 30_000 });
		expect(await page.locator('[data-fact="rows"]').innerText()).toBe('5');
		await page.locator('button.primary', { hasText: 'Import into the database' }).click();
		await page.waitForSelector('[data-phase="failed"]', { timeout: 90_000 });
		expect(await dbSettled(page)).toEqual({ db: 'error', failure: mode.failure });
		await expectNotice(page, mode);
		const failure = page.locator('.failure[role="alert"]');
		expect(await failure.innerText()).toContain('tidy-own.csv was not imported');
		expect(await failure.innerText()).toContain('Nothing');
		// The rest of the page: the list of kept imports and the explanation are there, and a new file can be chosen.
		expect(await page.getByRole('heading', { name: 'Your imports in this browser' }).isVisible()).toBe(true);
		await page.getByRole('button', { name: 'Choose another file' }).click();
		await page.waitForSelector('[data-phase="idle"]');
		expect(uncaught(watch)).toEqual([]);
		await close();
	});

	it('/sql/ reports the console unavailable without an uncaught error', async () => {
		const { page, watch, close } = await open('/sql/');
		expect(await waitForConsole(page)).toBe('unavailable');
		expect(await dbSettled(page)).toEqual({ db: 'error', failure: mode.failure });
		expect(uncaught(watch)).toEqual([]);
		await close();
	});
});

describe('a missing fallback file degrades one panel', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(() => browser?.close());

	it('/explore/ without the database and without observations.json: the panel says so, the prerendered view and the controls stay', async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		const watch = watchPage(page, siteUrl);
		await page.route('**/observatory.duckdb*', (r) => r.fulfill({ status: 404, body: '' }));
		await page.route('**/explore/observations.json', (r) => r.fulfill({ status: 404, body: '' }));
		await page.goto(`${siteUrl}${EXPLORE_VIEW}`);
		const alert = page.locator('.status.error[role="alert"]');
		await alert.waitFor({ timeout: 60_000 });
		expect(await alert.innerText()).toContain('observations.json: HTTP 404');
		expect(await alert.innerText()).toContain('still those of the previous view');
		// Not loading any more: the panel is not left busy (dimmed, and skipped by screen readers).
		await expect.poll(() => page.locator('[data-testid="explore-panel"]').getAttribute('aria-busy')).toBe('false');
		// The prerendered default view is still drawn, and the tabs still switch.
		expect(await page.locator('[data-testid="explore-panel"] svg').count()).toBeGreaterThan(0);
		await page.getByRole('tab', { name: 'Table' }).click();
		expect(await page.locator('[data-testid="explore-panel"] tbody tr').count()).toBeGreaterThan(0);
		expect(await page.locator('nav[aria-label="Main"] a').count()).toBeGreaterThan(5);
		expect(uncaught(watch)).toEqual([]);
		await context.close();
	});

	it('/report/ without data.json: another brief cannot be made, the default brief and the form stay', async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		const watch = watchPage(page, siteUrl);
		await page.route('**/report/data.json', (r) => r.fulfill({ status: 404, body: '' }));
		await page.goto(`${siteUrl}/report/?place=KHM&indicator=hiv_prevalence`);
		const alert = page.locator('.notice[role="alert"]');
		await alert.waitFor({ timeout: 30_000 });
		expect(await alert.innerText()).toContain('could not be made (HTTP 404)');
		expect(await page.locator('h1').innerText()).toContain('Banteay Meanchey');
		expect(await page.locator('form').count()).toBeGreaterThan(0);
		expect(await page.locator('main svg').count()).toBeGreaterThan(0);
		expect(uncaught(watch)).toEqual([]);
		await context.close();
	});
});

describe('on a slow connection', () => {
	it('/explore/ shows the engine download progressing while the prerendered chart already answers the keyboard', async () => {
		const browser = await launchBrowser();
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		const watch = watchPage(page, siteUrl);
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		// ~40 Mbit/s: the 34 MB engine takes several seconds.
		await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 40, downloadThroughput: 5_000_000, uploadThroughput: 1_000_000 });
		await page.goto(`${siteUrl}/explore/`);
		const progress = page.locator('.db-notice.loading progress');
		await progress.waitFor({ timeout: 30_000 });
		await expect.poll(async () => Number(await progress.getAttribute('value')), { timeout: 30_000 }).toBeGreaterThan(0);
		const first = Number(await progress.getAttribute('value'));
		expect(await page.locator('.db-notice.loading').innerText()).toMatch(/of \d+\.\d MB/);
		// Meanwhile the prerendered chart is there and the tabs work.
		expect(await page.evaluate(() => document.documentElement.dataset.db)).toBe('loading');
		expect(await page.locator('[data-testid="explore-panel"] svg').count()).toBeGreaterThan(0);
		await page.getByRole('tab', { name: 'Chart' }).focus();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		expect(await page.getByRole('tab', { name: 'Table' }).getAttribute('aria-selected')).toBe('true');
		expect(await page.locator('[data-testid="explore-panel"] tbody tr').count()).toBeGreaterThan(0);
		await expect.poll(async () => Number((await progress.getAttribute('value').catch(() => null)) ?? Infinity), { timeout: 60_000 }).toBeGreaterThan(first);
		expect(await dbSettled(page)).toEqual({ db: 'ready', failure: undefined });
		expect(await page.locator('.db-notice').count()).toBe(0);
		expect(watch.consoleErrors).toEqual([]);
		await browser.close();
	});
});
