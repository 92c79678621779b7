/**
 * The border charts of a place page and their embed pages, in Chromium: the share panel under the
 * returns chart links to its section of the page, downloads a CSV whose rows are exactly the
 * figures the chart draws (with source columns) and an SVG that parses and carries the colour key
 * and sources; /embed/border/<chart>/ fits 280 and 1200 px without horizontal scrolling and, pasted
 * with the panel's embed code into another origin's page, sizes its iframe by the height it posts.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, watchPage, type PageWatch } from '../support/browser';
import { startStaticServer, type StaticServer } from '../support/staticServer';
import { formatValue } from '$lib/data/format';
import { EMBED_MESSAGE_TYPE } from '$lib/share/embedMessage';
import { BORDER_CHARTS } from '$lib/places/borderCharts';

const ROUTE = '/places/KH-1/';
const site = () => inject('siteUrl');
let browser: Browser;
let context: BrowserContext;
let page: Page;
let watch: PageWatch;

beforeAll(async () => {
	browser = await launchBrowser();
	context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
	page = await context.newPage();
	watch = watchPage(page, site());
	await page.goto(site() + ROUTE, { waitUntil: 'networkidle' });
	await page.locator('#border-returns-share summary').click();
});
afterAll(() => browser?.close());

const panel = () => page.locator('#border-returns-share');

async function download(label: string): Promise<Buffer> {
	const [file] = await Promise.all([page.waitForEvent('download'), panel().getByRole(label === 'CSV data' ? 'link' : 'button', { name: label }).click()]);
	return readFileSync((await file.path())!);
}

describe('place page border chart share panel', () => {
	it('sits under each border chart and links to its section of this page', async () => {
		// What follows each chart, up to its share panel: only the list of the events its markers number.
		const following = (id: string) => {
			const out: string[] = [];
			for (let el = document.getElementById(`${id}-box`)?.nextElementSibling; el; el = el.nextElementSibling) {
				out.push(el.id || `${el.tagName.toLowerCase()}.${el.className.split(' ')[0]}`);
				if (el.classList.contains('share-panel')) break;
			}
			return out;
		};
		for (const chart of BORDER_CHARTS) {
			const after = await page.evaluate(following, chart.elementId);
			expect(after.at(-1)).toBe(`border-${chart.id}-share`);
			expect(after.slice(0, -1)).toEqual(chart.id === 'returns' ? ['ol.events'] : []);
		}
		expect(await panel().locator('[id="border-returns-link"]').inputValue()).toBe(`${site()}/places/KH-1/#returns`);
		expect(await panel().locator('[id="border-returns-embed"]').inputValue()).toContain(`src="${site()}/embed/border/returns/"`);
	});

	it('downloads a CSV whose rows are exactly the figures drawn, with their sources', async () => {
		const csv = Papa.parse<Record<string, string>>((await download('CSV data')).toString('utf8'), { header: true, skipEmptyLines: true });
		expect(csv.meta.fields).toEqual(expect.arrayContaining(['indicator_name', 'period', 'period_label', 'year', 'value', 'source_id', 'source_publisher', 'source_url']));
		const drawn = await page.locator('#flows-box .chart-table tbody tr').evaluateAll((rows) =>
			rows.map((r) => {
				const cells = [...r.querySelectorAll('td')];
				const source = decodeURIComponent(cells[4].querySelector('a')!.getAttribute('href')!.split('#')[1]);
				return `${cells[1].textContent!.trim()}|${cells[2].textContent!.trim()}|${source}`;
			})
		);
		expect(drawn.length).toBeGreaterThan(2);
		// The table says each period in words, as the CSV's period_label does.
		const fromCsv = csv.data.map((r) => `${r.period_label}|${formatValue(Number(r.value), 'count')}|${r.source_id}`);
		expect(fromCsv.sort()).toEqual(drawn.sort());
		expect(csv.data.every((r) => r.indicator_name && r.source_url.startsWith('http'))).toBe(true);
	});

	it('downloads an SVG that parses and carries the title, the colour key and the sources', async () => {
		const text = (await download('SVG image')).toString('utf8');
		const parsed = await page.evaluate((svg) => {
			const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
			// The key is drawn as text at the legend size (svgLegend.LEGEND_SIZE), one entry per category.
			const key = [...doc.querySelectorAll('svg > text[font-size="12.5"]')].map((t) => t.textContent).join(' ');
			return { error: doc.querySelector('parsererror')?.textContent ?? null, title: doc.querySelector('title')?.textContent, text: doc.documentElement.textContent, key };
		}, text);
		expect(parsed.error).toBeNull();
		expect(parsed.title).toBe(BORDER_CHARTS[0].title);
		const key = await page.locator('#flows-box .legend li').allTextContents();
		expect(key.length).toBeGreaterThan(1);
		expect(parsed.key).toBe(key.map((k) => k.trim()).join(' '));
		expect(parsed.text).toMatch(/Sources?: /);
		expect(parsed.text).toContain('/places/KH-1/#returns');
	});

	it('offers the alt text the chart carries', async () => {
		const alt = await panel().locator('textarea[id$="-alt"]').inputValue();
		const desc = await page.locator('#flows-box svg[role="img"] desc').first().textContent();
		expect(alt).toBe(desc?.trim());
		expect(watch.consoleErrors).toEqual([]);
	});
});

describe('border chart embed pages', () => {
	it.each([280, 1200])('at %i px have no horizontal overflow', async (width) => {
		for (const chart of BORDER_CHARTS) {
			const p = await browser.newPage({ viewport: { width, height: 800 } });
			const w = watchPage(p, site());
			await p.goto(`${site()}/embed/border/${chart.id}/`, { waitUntil: 'networkidle' });
			const { scroll, client } = await p.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
			expect(scroll, chart.id).toBeLessThanOrEqual(client);
			expect(await p.locator('svg[role="img"]:visible').count()).toBe(1);
			expect(await p.locator('nav[aria-label="Main"], footer').count()).toBe(0);
			expect(w.consoleErrors).toEqual([]);
			expect(w.foreignRequests).toEqual([]);
			await p.close();
		}
	});

	it('posts its height, and the embed code sizes the iframe on another origin to it', async () => {
		const code = await panel().locator('[id="border-returns-embed"]').inputValue();
		const dir = mkdtempSync(join(tmpdir(), 'border-embed-host-'));
		writeFileSync(
			join(dir, 'index.html'),
			`<!doctype html><html><head><meta charset="utf-8"></head><body>` +
				`<script>window.messages=[];addEventListener("message",function(e){messages.push(e.data)});</script>${code}</body></html>`
		);
		const host: StaticServer = await startStaticServer({ root: dir });
		try {
			const p = await browser.newPage({ viewport: { width: 700, height: 600 } });
			await p.goto(host.url, { waitUntil: 'networkidle' });
			const state = async () => {
				const frame = p.frames().find((f) => f.url().includes('/embed/border/returns/'))!;
				const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
				const outer = await p.evaluate(() => Math.round(document.querySelector('iframe')!.getBoundingClientRect().height));
				const posted = await p.evaluate((type) => (window as unknown as { messages: { type: string; chart: string; height: number }[] }).messages.filter((m) => m?.type === type), EMBED_MESSAGE_TYPE);
				return { inner, outer, last: posted.at(-1) };
			};
			await expect.poll(async () => {
				const s = await state();
				return s.last?.chart === 'border-returns' && s.last.height === s.inner && s.outer === s.inner && s.inner !== 480;
			}).toBe(true);
			await p.close();
		} finally {
			await host.close();
		}
	});
});
