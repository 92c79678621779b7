/**
 * The SQL console cannot change what the rest of the site reads (issue 16). It runs in its own
 * DuckDB instance; a shared `?q=` link only fills the editor; a query that replaces the published
 * views, or detaches the published database and attaches an empty one under its name, changes the
 * console's own session only. Afterwards, in the same tab (client-side navigation, so the page's
 * JavaScript and workers live on), the explorer still shows the published figures.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, watchPage } from '../support/browser';
import { runInConsole, waitForConsole } from '../../scripts/bench/consoleDriver';
import { formatValue } from '../../src/lib/data/format';
import type { Unit } from '../../src/lib/data/schema';

const siteUrl = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

// The figures the attack falsified: Cambodia's 1998 adult HIV prevalence, every source.
const VIEW = { indicator: 'hiv_prevalence', geo: 'KHM', group: 'adults_15_49', year: '1998' };
const EXPLORE_PATH = `/explore/?indicator=${VIEW.indicator}&geo=${VIEW.geo}&group=${VIEW.group}&years=${VIEW.year}..${VIEW.year}&tab=table`;

/** The published values of that view as the explorer formats them, from data/observations.csv. */
function publishedValues(): string[] {
	const rows = Papa.parse<Record<string, string>>(readFileSync('data/observations.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;
	const year = (r: Record<string, string>) => r.year ?? r.period?.slice(0, 4);
	return rows
		.filter((r) => r.indicator_id === VIEW.indicator && r.geo_id === VIEW.geo && r.population_group === VIEW.group && year(r) === VIEW.year)
		.map((r) => formatValue(Number(r.value), r.unit as Unit))
		.sort();
}

const ATTACKS = {
	'replace the published view': `CREATE OR REPLACE VIEW main.observations AS SELECT * REPLACE (value / 10 AS value) FROM published.observations; SELECT 'Welcome' AS greeting`,
	'detach the published database and attach an empty one in its place': [
		'CREATE TABLE forged AS SELECT * REPLACE (value / 10 AS value) FROM published.observations',
		'DETACH published',
		"ATTACH ':memory:' AS published",
		'CREATE TABLE published.observations AS SELECT * FROM forged',
		"SELECT 'Welcome' AS greeting"
	].join(';\n')
};

/** Client-side navigation (as a reader following a link inside the site): the tab's workers live on. */
async function followLink(page: Page, path: string): Promise<void> {
	await page.evaluate((href) => {
		document.getElementById('test-link')?.remove(); // the layout's <main> outlives the page
		const a = document.createElement('a');
		a.href = href;
		a.textContent = 'go';
		a.id = 'test-link';
		document.querySelector('main')!.append(a);
	}, path);
	const workersBefore = page.workers().length;
	await page.click('#test-link');
	await page.waitForFunction((pathname) => location.pathname === pathname, new URL(path, siteUrl).pathname);
	// Same document: nothing was torn down (a full load would have dropped every worker).
	expect(page.workers().length).toBeGreaterThanOrEqual(workersBefore);
}

async function explorerValues(page: Page): Promise<string[]> {
	await page.waitForSelector('[data-testid="explore-panel"][aria-busy="false"][data-origin="duckdb"]', { timeout: 90_000 });
	return page.evaluate(() => {
		const table = document.querySelector('[data-testid="explore-panel"] table')!;
		const column = [...table.querySelectorAll('thead th')].findIndex((th) => th.textContent?.trim() === 'Value');
		return [...table.querySelectorAll('tbody tr')].map((tr) => tr.children[column]?.textContent?.trim() ?? '').sort();
	});
}

describe('a shared /sql/ link', () => {
	it('fills the editor and waits for the reader to press Run, saying so', async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		await page.goto(`${siteUrl}/sql/?q=${encodeURIComponent(ATTACKS['replace the published view'])}`);
		expect(await waitForConsole(page)).toBe('ready');
		expect(await page.inputValue('#sql-input')).toBe(ATTACKS['replace the published view']);
		expect(await page.locator('[data-testid="shared-query-note"]').innerText()).toMatch(/press Run/i);
		// Give an auto-run every chance to happen: none does.
		await page.waitForTimeout(1500);
		expect(await page.getAttribute('[data-runs]', 'data-runs')).toBe('0');
		expect(await page.locator('.summary [data-rows]').count()).toBe(0);
		await context.close();
	});
});

describe.each(Object.entries(ATTACKS))('SQL that tries to %s', (_, attack) => {
	it('changes the console session only: the explorer in the same tab shows the published figures', async () => {
		const expected = publishedValues();
		expect(expected.length).toBeGreaterThan(0);
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		const watch = watchPage(page, siteUrl);

		// The explorer first, so its engine is running when the attack comes.
		await page.goto(`${siteUrl}${EXPLORE_PATH}`);
		expect(await explorerValues(page)).toEqual(expected);

		await followLink(page, `/sql/?q=${encodeURIComponent(attack)}`);
		expect(await waitForConsole(page)).toBe('ready');
		const run = await runInConsole(page, attack);
		expect(run).toMatchObject({ rows: 1, error: null });
		expect(await page.locator('.viewport tbody td').nth(1).innerText()).toBe('Welcome');
		// The console's own session did change (the attack is real, only contained).
		const forged = await runInConsole(page, `SELECT value FROM observations WHERE indicator_id = 'hiv_prevalence' AND geo_id = 'KHM' AND year = 1998 ORDER BY value DESC LIMIT 1`);
		expect(forged.error).toBeNull();
		expect(Number(await page.locator('.viewport tbody td').nth(1).innerText())).toBeLessThan(0.5);

		await followLink(page, EXPLORE_PATH);
		expect(await explorerValues(page)).toEqual(expected);
		expect(watch.foreignRequests).toEqual([]);
		await context.close();
	});
});
