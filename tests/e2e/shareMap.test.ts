/**
 * The share panel under an indicator page's province map, in Chromium: the SVG download holds the
 * map itself (its provinces) and its colour key, parses as standalone XML and carries the sources; the CSV holds
 * exactly the mapped snapshot's figures.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';

const ROUTE = '/indicators/skilled_birth_attendance/';
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
	browser = await launchBrowser();
	context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
	page = await context.newPage();
	await page.goto(inject('siteUrl') + ROUTE, { waitUntil: 'networkidle' });
	await page.locator('#share-map-share summary').click();
});
afterAll(() => browser?.close());

const panel = () => page.locator('#share-map-share');

async function download(label: string): Promise<{ name: string; body: Buffer }> {
	const [file] = await Promise.all([page.waitForEvent('download'), panel().getByRole(label === 'CSV data' ? 'link' : 'button', { name: label }).click()]);
	return { name: file.suggestedFilename(), body: readFileSync((await file.path())!) };
}

describe('map share panel', () => {
	it('sits right under the map', async () => {
		const order = await page.evaluate(() => {
			const box = document.getElementById('map-box')!;
			return box.nextElementSibling?.id ?? null;
		});
		expect(order).toBe('share-map-share');
	});

	it('downloads an SVG of the map with its provinces and sources', async () => {
		const { name, body } = await download('SVG image');
		expect(name.endsWith('.svg')).toBe(true);
		const text = body.toString('utf8');
		const parsed = await page.evaluate((svg) => {
			const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
			return { error: doc.querySelector('parsererror')?.textContent ?? null, paths: doc.querySelectorAll('path').length, text: doc.documentElement.textContent };
		}, text);
		expect(parsed.error).toBeNull();
		const provinces = await page.locator('#map-box svg.map-svg [role="img"]').count();
		expect(provinces).toBeGreaterThan(2);
		expect(parsed.paths).toBeGreaterThanOrEqual(provinces);
		expect(parsed.text).toMatch(/Sources?: /);
		// The image carries the map's colour key, class by class as on the page.
		const classes = await page.locator('#map-box .map-legend .swatches li').allTextContents();
		expect(classes.length).toBeGreaterThan(1);
		for (const c of classes) expect(parsed.text).toContain(c.trim());
	});

	it('downloads a CSV of the mapped figures only, all of one year and source', async () => {
		const { body } = await download('CSV data');
		const rows = Papa.parse<Record<string, string>>(body.toString('utf8'), { header: true, skipEmptyLines: true }).data;
		expect(rows.length).toBeGreaterThan(2);
		expect(new Set(rows.map((r) => r.year)).size).toBe(1);
		expect(new Set(rows.map((r) => r.source_id)).size).toBe(1);
	});
});

describe('explorer map tab share panel', () => {
	it('offers the map snapshot: its link opens this map, its CSV holds one year and source, its SVG has the key', async () => {
		const p = await context.newPage();
		await p.goto(inject('siteUrl') + '/explore/?indicator=skilled_birth_attendance&tab=map', { waitUntil: 'networkidle' });
		// The view from the link is applied and its figures are in: the panel shows what it will share.
		await p.waitForSelector('html[data-hydrated][data-db="ready"] [data-testid="explore-panel"][aria-busy="false"][data-origin="duckdb"]', {
			state: 'attached',
			timeout: 90_000
		});
		const share = p.locator('#explore-map-share-share');
		await share.locator('summary').click();
		const link = await share.getByLabel('Link to this view').inputValue();
		expect(link).toContain('tab=map');
		expect(link).toMatch(/years=(\d{4})\.\.\1/);
		const [csv] = await Promise.all([p.waitForEvent('download'), share.getByRole('link', { name: 'CSV data' }).click()]);
		const rows = Papa.parse<Record<string, string>>(readFileSync((await csv.path())!, 'utf8'), { header: true, skipEmptyLines: true }).data;
		expect(rows.length).toBeGreaterThan(2);
		expect(new Set(rows.map((r) => r.year)).size).toBe(1);
		const [svg] = await Promise.all([p.waitForEvent('download'), share.getByRole('button', { name: 'SVG image' }).click()]);
		const text = readFileSync((await svg.path())!, 'utf8');
		const classes = await p.locator('#explore-map-box .map-legend .swatches li').allTextContents();
		expect(classes.length).toBeGreaterThan(1);
		for (const c of classes) expect(text).toContain(c.trim());
		await p.close();
	});
});
