/**
 * The share panel on an indicator chart, in Chromium: every item is one click (and reachable by
 * keyboard), says what it did in a live region, and matches the chart: the CSV holds exactly the
 * figures of the chart's table, the SVG parses and carries the title and sources, the PNG is 2×,
 * the alt text names the first and last year and value, the copied texts are what is shown.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, watchPage, type PageWatch } from '../support/browser';
import { formatValue } from '$lib/data/format';

const ROUTE = '/indicators/hiv_prevalence/';
let browser: Browser;
let context: BrowserContext;
let page: Page;
let watch: PageWatch;

beforeAll(async () => {
	browser = await launchBrowser();
	context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: inject('siteUrl') });
	page = await context.newPage();
	watch = watchPage(page, inject('siteUrl'));
	await page.goto(inject('siteUrl') + ROUTE, { waitUntil: 'networkidle' });
	await page.locator('#share-0-share summary').click();
});
afterAll(() => browser?.close());

const panel = () => page.locator('#share-0-share');
const status = () => panel().locator('[role="status"]');

async function download(label: string): Promise<{ name: string; body: Buffer }> {
	const [file] = await Promise.all([page.waitForEvent('download'), panel().getByRole(label === 'CSV data' ? 'link' : 'button', { name: label }).click()]);
	return { name: file.suggestedFilename(), body: readFileSync((await file.path())!) };
}

/** The chart's own table: (series, year, value as displayed). */
async function chartTable(): Promise<{ year: string; value: string }[]> {
	return page.locator('#panel-0 .chart-table tbody tr').evaluateAll((rows) =>
		rows.map((r) => {
			const cells = [...r.querySelectorAll('td')].map((td) => td.textContent!.trim());
			return { year: cells[1], value: cells[2] };
		})
	);
}

describe('share panel', () => {
	it('opens from the keyboard and copies the permalink with one key press, announcing it', async () => {
		const p = await context.newPage();
		await p.goto(inject('siteUrl') + ROUTE, { waitUntil: 'networkidle' });
		await p.locator('#share-0-share summary').focus();
		await p.keyboard.press('Enter');
		await p.locator('#share-0-share').getByRole('button', { name: 'Copy link' }).focus();
		await p.keyboard.press('Enter');
		await expect.poll(() => p.locator('#share-0-share [role="status"]').textContent()).toBe('Link copied');
		const link = await p.evaluate(() => navigator.clipboard.readText());
		expect(link).toBe(`${inject('siteUrl')}/explore/?geo=KHM&group=adults_15_49&sex=total`);
		await p.close();
	});

	it('downloads a CSV of exactly the figures in the chart, with source columns', async () => {
		const { name, body } = await download('CSV data');
		expect(name).toMatch(/^hiv_prevalence-KHM-\d{4}-\d{4}\.csv$/);
		const csv = Papa.parse<Record<string, string>>(body.toString('utf8'), { header: true, skipEmptyLines: true });
		expect(csv.meta.fields).toEqual(expect.arrayContaining(['year', 'value', 'source_id', 'source_publisher', 'source_url']));
		const fromCsv = csv.data.map((r) => ({ year: r.year, value: formatValue(Number(r.value), 'percent') }));
		const key = (r: { year: string; value: string }) => `${r.year}|${r.value}`;
		expect(fromCsv.map(key).sort()).toEqual((await chartTable()).map(key).sort());
		expect(csv.data.every((r) => r.geo_id === 'KHM' && r.population_group === 'adults_15_49' && r.source_url.startsWith('http'))).toBe(true);
		await expect.poll(() => status().textContent()).toBe('CSV downloaded');
	});

	it('downloads an SVG that parses as standalone XML and carries the title and the sources', async () => {
		const { name, body } = await download('SVG image');
		expect(name.endsWith('.svg')).toBe(true);
		const text = body.toString('utf8');
		const parsed = await page.evaluate((svg) => {
			const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
			return {
				error: doc.querySelector('parsererror')?.textContent ?? null,
				root: doc.documentElement.namespaceURI,
				title: doc.querySelector('title')?.textContent,
				text: doc.documentElement.textContent
			};
		}, text);
		expect(parsed.error).toBeNull();
		expect(parsed.root).toBe('http://www.w3.org/2000/svg');
		expect(parsed.title).toBe('HIV prevalence');
		expect(parsed.text).toContain('Sources: World Bank, 2024');
		expect(parsed.text).toContain('Border Health & Migration Observatory');
		// Self-contained: no CSS variables, classes, scripts or external references left.
		expect(text).not.toMatch(/var\(--|class=|<script|href="http|@import|url\(/);
	});

	it('exports the colours of the theme shown: light page, light image; dark page, dark image', async () => {
		const light = (await download('SVG image')).body.toString('utf8');
		expect(light).toContain('<rect width="100%" height="100%" fill="rgb(255, 255, 255)"/>');
		const darkContext = await browser.newContext({ colorScheme: 'dark', acceptDownloads: true });
		const dark = await darkContext.newPage();
		await dark.goto(inject('siteUrl') + ROUTE, { waitUntil: 'networkidle' });
		await dark.locator('#share-0-share summary').click();
		const [file] = await Promise.all([dark.waitForEvent('download'), dark.locator('#share-0-share').getByRole('button', { name: 'SVG image' }).click()]);
		const svg = readFileSync((await file.path())!, 'utf8');
		await darkContext.close();
		expect(svg).toContain('<rect width="100%" height="100%" fill="rgb(18, 22, 27)"/>');
		expect(svg).not.toContain('light-dark(');
	});

	it('downloads a PNG at twice the size of the SVG', async () => {
		const svg = (await download('SVG image')).body.toString('utf8');
		const svgWidth = Number(/<svg[^>]* width="(\d+)"/.exec(svg)![1]);
		const svgHeight = Number(/<svg[^>]* height="(\d+)"/.exec(svg)![1]);
		const { name, body } = await download('PNG image (2×)');
		expect(name.endsWith('.png')).toBe(true);
		expect(body.subarray(1, 4).toString('ascii')).toBe('PNG');
		expect([body.readUInt32BE(16), body.readUInt32BE(20)]).toEqual([svgWidth * 2, svgHeight * 2]);
		await expect.poll(() => status().textContent()).toBe('PNG downloaded');
	});

	it('writes alt text that names the first and last year and value of the main series, and its source', async () => {
		const alt = await panel().locator('textarea[id$="-alt"]').inputValue();
		const main = await page.locator('#panel-0 .chart-table tbody tr').evaluateAll((rows) =>
			rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent!.trim())).filter((c) => c[4] === 'World Bank, 2024')
		);
		const first = main[0];
		const last = main.at(-1)!;
		expect(alt).toContain(`from ${first[2]} in ${first[1]} to ${last[2]} in ${last[1]}`);
		expect(alt).toContain('(World Bank, 2024)');
		await panel().getByRole('button', { name: 'Copy alt text' }).click();
		await expect.poll(() => status().textContent()).toBe('Alt text copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(alt);
	});

	it('gives APA and BibTeX citations of the chart and its sources, with the access date', async () => {
		const apa = await panel().locator('textarea[id$="-cite-view"]').inputValue();
		const today = new Date().toISOString().slice(0, 10);
		expect(apa).toMatch(/^Border Health & Migration Observatory\. \(\d{4}\)\. HIV prevalence: Cambodia, adults aged 15–49, \d{4}–\d{4} \[Interactive chart and data set\]\. Retrieved \w+ \d+, \d{4}, from http/);
		await panel().getByLabel('BibTeX').check();
		const bib = await panel().locator('textarea[id$="-cite-view"]').inputValue();
		expect(bib).toMatch(/^@misc\{bhmo_hiv_prevalence_\d{4},/);
		expect(bib).toContain(`urldate = {${today}}`);
		const sources = await panel().locator('textarea[id$="-cite-sources"]').inputValue();
		expect(sources.match(/^@misc\{/gm)?.length).toBeGreaterThan(1);
		await panel().getByRole('button', { name: 'Copy citation' }).click();
		await expect.poll(() => status().textContent()).toBe('BibTeX citation copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(bib);
	});

	it('gives embed code for this view that points at the embed page', async () => {
		const code = await panel().locator('textarea[id$="-embed"]').inputValue();
		expect(code).toContain(`src="${inject('siteUrl')}/embed/hiv_prevalence/?geo=KHM&amp;group=adults_15_49&amp;sex=total"`);
		expect(code).toContain(`var origin = "${inject('siteUrl')}";`);
	});

	it('made no request to another origin and logged no error', () => {
		expect(watch.foreignRequests).toEqual([]);
		expect(watch.consoleErrors).toEqual([]);
	});
});

describe('share panel without JavaScript', () => {
	it('still offers the permalink, citation and alt text as selectable text', async () => {
		const ctx = await browser.newContext({ javaScriptEnabled: false });
		const p = await ctx.newPage();
		await p.goto(inject('siteUrl') + ROUTE);
		await p.locator('#share-0-share summary').click();
		// The address of the site is unknown at build time (no PUBLIC_SITE_URL): a plain link the browser resolves.
		const href = await p.locator('#share-0-link').evaluate((a) => (a as HTMLAnchorElement).href);
		expect(href).toBe(`${inject('siteUrl')}/explore/?geo=KHM&group=adults_15_49&sex=total`);
		expect(await p.locator('#share-0-alt').inputValue()).toMatch(/HIV prevalence/);
		expect(await p.locator('#share-0-share button').count()).toBe(0);
		await ctx.close();
	});
});
