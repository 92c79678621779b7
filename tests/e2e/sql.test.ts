/**
 * The SQL console in Chromium against the built site: DuckDB reaches `ready` with no request to
 * another origin and no console error, answers with the published row count, shows errors with
 * their position, refuses the network and the file system, keeps 100,000 rows smooth, cancels,
 * exports, shares the query in the URL (a shared query waits for Run), and renders every result as text.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { parquetReadObjects } from 'hyparquet';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, watchPage, type PageWatch } from '../support/browser';
import { finishedRun, runInConsole, startInConsole, waitForConsole } from '../../scripts/bench/consoleDriver';
import { EXAMPLES } from '../../src/lib/db/console/examples';

const siteUrl = inject('siteUrl');
const csvRows = Papa.parse(readFileSync('data/observations.csv', 'utf8'), { header: true, skipEmptyLines: true }).data.length;

let browser: Browser;
let context: BrowserContext;
let page: Page;
let watch: PageWatch;

beforeAll(async () => {
	browser = await launchBrowser();
	context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
	page = await context.newPage();
	watch = watchPage(page, siteUrl);
	await page.goto(`${siteUrl}/sql/`);
	await waitForConsole(page);
});
afterAll(() => browser?.close());

describe('/sql/ console', () => {
	it('reaches data-db=ready with zero requests to other origins and zero console errors', async () => {
		expect(await page.evaluate(() => document.documentElement.dataset.db)).toBe('ready');
		expect(await page.getAttribute('[data-console]', 'data-console')).toBe('ready');
		expect(watch.foreignRequests).toEqual([]);
		expect(watch.consoleErrors).toEqual([]);
	});

	it('counts as many observations as data/observations.csv has rows', async () => {
		const run = await runInConsole(page, 'SELECT * FROM observations');
		expect(run).toMatchObject({ rows: csvRows, error: null });
		expect(csvRows).toBeGreaterThan(400);
	});

	it('lists the published tables with their columns', async () => {
		const schema = await page.locator('#schema-heading + ul').innerText();
		for (const table of ['observations', 'indicators', 'sources', 'geo']) expect(schema).toContain(table);
		expect(schema).toMatch(/indicator_id\s+VARCHAR/);
	});

	it.each(EXAMPLES.map((e) => [e.title, e.sql]))('example "%s" runs on the published database', async (_, sql) => {
		const run = await runInConsole(page, sql);
		expect(run.error).toBeNull();
		expect(run.rows).toBeGreaterThan(0);
	});

	it('shows a syntax error with its line, column and a caret under the position', async () => {
		const run = await runInConsole(page, 'SELECT year\nFROM observations\nWHERE yeer > 2000');
		expect(run.error).toMatch(/Binder Error: Referenced column "yeer" not found/);
		expect(await page.locator('.sql-error .where').innerText()).toContain('Line 3, column 7');
		expect(await page.locator('.sql-error pre').innerText()).toBe('WHERE yeer > 2000\n      ^');
		await page.click('.sql-error button');
		expect(await page.evaluate(() => (document.activeElement as HTMLTextAreaElement).selectionStart)).toBe(
			'SELECT year\nFROM observations\n'.length + 6
		);
	});

	it('cannot reach the network or local files from SQL', async () => {
		const before = watch.requests.length;
		for (const sql of [
			"SELECT * FROM read_csv('http://example.com/x.csv')",
			`SELECT * FROM read_csv('${siteUrl}/data/observations.csv')`,
			"SELECT * FROM read_csv('/etc/passwd')",
			"ATTACH 'https://example.com/x.duckdb' AS x",
			"COPY observations TO 'out.csv'",
			'LOAD json'
		]) {
			const run = await runInConsole(page, sql);
			expect(run.error, sql).toMatch(/Permission Error/);
		}
		// Chromium re-fetches the favicon when the query is written into the URL; nothing else may load.
		expect(watch.requests.slice(before).filter((u) => !u.endsWith('/favicon.svg'))).toEqual([]);
		expect(watch.foreignRequests).toEqual([]);
	});

	it('keeps 100,000 rows smooth: only the rows in view are in the DOM, and the last row scrolls into view', async () => {
		const run = await runInConsole(page, 'SELECT range AS i, range * 2 AS doubled FROM range(100000)');
		expect(run.rows).toBe(100_000);
		expect(await page.locator('.viewport tbody tr').count()).toBeLessThan(200);
		await page.locator('.viewport').evaluate((el) => (el.scrollTop = el.scrollHeight));
		await expect.poll(() => page.locator('.viewport tbody tr[aria-rowindex="100001"] td').nth(1).innerText()).toBe('99999');
	});

	it('cancels a long query and stays usable', async () => {
		const before = await startInConsole(page, 'SELECT sum(hash(i)) FROM range(100000000000) t(i)');
		await page.waitForSelector('[data-console="running"]');
		await page.click('button:has-text("Cancel")');
		const run = await finishedRun(page, before, 30_000);
		expect(run.rows).toBeNull();
		expect(await page.locator('text=Query cancelled').count()).toBe(1);
		expect(await runInConsole(page, 'SELECT 42 AS answer')).toMatchObject({ rows: 1, error: null });
	});

	it('exports the result as CSV and Parquet with the same rows', async () => {
		await runInConsole(page, "SELECT geo_id, year, value FROM observations WHERE indicator_id = 'hiv_prevalence' ORDER BY ALL");
		const shown = Number(await page.getAttribute('.summary [data-rows]', 'data-rows'));
		const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.click('text=Download CSV')]);
		const csv = Papa.parse<string[]>(readFileSync((await csvDownload.path())!, 'utf8'), { skipEmptyLines: true }).data;
		expect(csv[0]).toEqual(['geo_id', 'year', 'value']);
		expect(csv).toHaveLength(shown + 1);
		const [pqDownload] = await Promise.all([page.waitForEvent('download'), page.click('text=Download Parquet')]);
		const buffer = readFileSync((await pqDownload.path())!);
		const rows = await parquetReadObjects({ file: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.length) });
		expect(rows).toHaveLength(shown);
		expect(String(rows[0].geo_id)).toBe(csv[1][0]);
		expect(Number(rows[0].value)).toBe(Number(csv[1][2]));
	});

	it('puts the query in the URL; a shared URL fills the editor, and Run runs it', async () => {
		await runInConsole(page, 'SELECT 7 AS seven');
		expect(new URL(page.url()).searchParams.get('q')).toBe('SELECT 7 AS seven');
		const other = await context.newPage();
		await other.goto(`${siteUrl}/sql/?q=${encodeURIComponent("SELECT 'shared' AS via, 3 AS n")}`);
		expect(await waitForConsole(other)).toBe('ready');
		expect(await other.inputValue('#sql-input')).toBe("SELECT 'shared' AS via, 3 AS n");
		expect(await other.getAttribute('[data-runs]', 'data-runs')).toBe('0');
		await other.click('button.run');
		await other.waitForSelector('.summary [data-rows="1"]', { timeout: 60_000 });
		expect(await other.locator('.viewport tbody td').nth(1).innerText()).toBe('shared');
		expect(await other.locator('[data-testid="shared-query-note"]').count()).toBe(0);
		await other.close();
	});

	it('renders result cells and error messages as text, never as HTML', async () => {
		await page.evaluate(() => ((window as unknown as { pwned: number }).pwned = 0));
		const payload = `<img src=x onerror="window.pwned=1">`;
		await runInConsole(page, `SELECT '${payload}' AS html, 'javascript:alert(1)' AS link`);
		expect(await page.locator('.viewport tbody td').nth(1).innerText()).toBe(payload);
		await runInConsole(page, `SELECT "${payload.replaceAll('"', "'")}" FROM observations`);
		expect(await page.locator('.sql-error .message').innerText()).toContain('<img');
		expect(await page.locator('main img').count()).toBe(0);
		expect(await page.evaluate(() => (window as unknown as { pwned: number }).pwned)).toBe(0);
	});
});

describe('/sql/ without JavaScript', () => {
	it('explains that the console needs JavaScript and WebAssembly', async () => {
		const noJs = await browser.newContext({ javaScriptEnabled: false });
		const p = await noJs.newPage();
		await p.goto(`${siteUrl}/sql/`);
		expect(await p.locator('h1').innerText()).toBe('SQL console');
		expect(await p.locator('main').innerText()).toContain('needs JavaScript and WebAssembly');
		expect(await p.evaluate(() => document.documentElement.dataset.db)).toBe('idle');
		await noJs.close();
	});
});
