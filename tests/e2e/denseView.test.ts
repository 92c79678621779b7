/**
 * A view far denser than the published data (a synthetic database of 1,500,000 rows: ~620
 * figures in 16 group panels for one indicator in Cambodia) is drawn within limits and says what
 * it leaves out: the chart draws 12 panels and names the series it does not draw; the table
 * renders its first 500 rows, counts the rest and shows them all on request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, watchPage } from '../support/browser';
import { BUILD_DIR } from '../support/site';
import { startStaticServer, type StaticServer } from '../support/staticServer';
import { siteVariant, type SiteVariant } from '../../scripts/bench/siteVariant';
import { writeSyntheticDatabase } from '../../scripts/bench/syntheticDatabase';
import { MAX_PANELS } from '$lib/explore/capPanels';
import { TABLE_PAGE } from '$lib/explore/tablePage';

let browser: Browser;
let server: StaticServer;
let variant: SiteVariant;
let dir: string;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'dense-db-'));
	await writeSyntheticDatabase(join(BUILD_DIR, 'data', 'observatory.duckdb'), join(dir, 'observatory.duckdb'), 1_500_000);
	variant = siteVariant(BUILD_DIR, { 'observatory.duckdb': join(dir, 'observatory.duckdb') });
	server = await startStaticServer({ root: variant.root });
	browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
	variant?.remove();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

async function open(tab: 'chart' | 'table'): Promise<{ page: Page; errors: string[] }> {
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	const watch = watchPage(page, server.url);
	await page.goto(`${server.url}/explore/?indicator=art_coverage&geo=KHM&tab=${tab}`);
	await page.waitForSelector('[data-testid="explore-panel"][data-origin="duckdb"][aria-busy="false"]', { timeout: 90_000 });
	return { page, errors: watch.consoleErrors };
}

describe('a view denser than the published data', () => {
	it('charts the first 12 panels and says how many series and figures are not drawn', async () => {
		const { page, errors } = await open('chart');
		const drawn = await page.locator('#explore-chart-panels > section').count();
		expect(drawn).toBe(MAX_PANELS);
		const note = await page.getByTestId('chart-capped').innerText();
		expect(note).toMatch(/^Not drawn: \d+ series with [\d,]+ figures, including \d+ whole panels/);
		// Every figure is either drawn or counted in the note.
		const figures = await page.evaluate(() =>
			[...document.querySelectorAll('#explore-chart-panels summary')].reduce((n, s) => n + Number(/Show the (\d+)/.exec(s.textContent ?? '')?.[1]), 0)
		);
		const notDrawn = Number(/with ([\d,]+) figures/.exec(note)![1].replace(/,/g, ''));
		await page.getByRole('tab', { name: 'Table' }).click();
		const status = await page.getByTestId('table-page').innerText();
		const total = Number(/ of ([\d,]+) figures/.exec(status)![1].replace(/,/g, ''));
		expect(figures + notDrawn).toBe(total);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('renders the first 500 table rows, says how many there are, and shows all on request', async () => {
		const { page, errors } = await open('table');
		const rows = page.locator('[data-testid="explore-table"] tbody tr');
		expect(await rows.count()).toBe(TABLE_PAGE);
		const status = await page.getByTestId('table-page').innerText();
		const total = Number(/ of ([\d,]+) figures/.exec(status)![1].replace(/,/g, ''));
		expect(total).toBeGreaterThan(TABLE_PAGE);
		expect(status).toContain(`Showing the first ${TABLE_PAGE} of`);
		await page.getByRole('button', { name: `Show all ${total.toLocaleString('en')} figures` }).click();
		await expect.poll(() => rows.count()).toBe(total);
		expect(await page.getByTestId('table-page').count()).toBe(0);
		expect(errors).toEqual([]);
		await page.close();
	});
});
