/**
 * /embed/[chart]/ in Chromium: fits every width from 280 to 1200 px without horizontal scrolling,
 * and, pasted into a page on another origin with the share panel's embed code, reports its height
 * so the host sizes the iframe to the embed's document exactly (on load and after a resize).
 * Also: the URL view and theme apply, it works without JavaScript, nothing leaves the origin.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, watchPage } from '../support/browser';
import { startStaticServer, type StaticServer } from '../support/staticServer';
import { embedSnippet } from '$lib/share/embedSnippet';
import { EMBED_MESSAGE_TYPE } from '$lib/share/embedMessage';

const CHART = 'hiv_prevalence';
const VIEW = '?geo=KHM&group=adults_15_49&sex=total';
const WIDTHS = [280, 375, 768, 1200];

let browser: Browser;
let host: StaticServer;
let strictHost: StaticServer;
const site = () => inject('siteUrl');

beforeAll(async () => {
	browser = await launchBrowser();
	// A journalist's blank page on another origin, with the embed code pasted in and a recorder of messages.
	const dir = mkdtempSync(join(tmpdir(), 'embed-host-'));
	const snippet = embedSnippet({ src: `${site()}/embed/${CHART}/${VIEW}`, title: 'HIV prevalence' });
	writeFileSync(
		join(dir, 'index.html'),
		`<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
			`<style>body{margin:0;font-family:sans-serif}</style></head><body>` +
			`<script>window.messages=[];addEventListener("message",function(e){messages.push({origin:e.origin,data:e.data})});</script>` +
			`<p>Story text above the chart.</p>${snippet}<p>Story text below.</p></body></html>`
	);
	host = await startStaticServer({ root: dir });
	// A host whose Content-Security-Policy forbids inline scripts loads the listener as a file instead.
	const strictDir = mkdtempSync(join(tmpdir(), 'embed-strict-host-'));
	const iframe = snippet.split('\n')[0];
	writeFileSync(
		join(strictDir, 'index.html'),
		`<!doctype html><html><head><meta charset="utf-8">` +
			`<meta http-equiv="Content-Security-Policy" content="script-src ${site()}; frame-src ${site()}">` +
			`</head><body><p>Strict host.</p>${iframe}<script src="${site()}/embed/resize.js"></script></body></html>`
	);
	strictHost = await startStaticServer({ root: strictDir });
});
afterAll(async () => {
	await browser?.close();
	await host?.close();
	await strictHost?.close();
});

async function overflow(page: Page) {
	return page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
}

describe('embed page', () => {
	it.each(WIDTHS)('at %i px has no horizontal overflow', async (width) => {
		const page = await browser.newPage({ viewport: { width, height: 800 } });
		const watch = watchPage(page, site());
		await page.goto(`${site()}/embed/${CHART}/${VIEW}`, { waitUntil: 'networkidle' });
		const { scroll, client } = await overflow(page);
		expect(scroll).toBeLessThanOrEqual(client);
		expect(await page.locator('svg[role="img"]:visible').count()).toBe(1);
		expect(watch.consoleErrors).toEqual([]);
		expect(watch.foreignRequests).toEqual([]);
		await page.close();
	});

	it('shows only the chart, its title, source line and a link back: no site navigation', async () => {
		const page = await browser.newPage();
		await page.goto(`${site()}/embed/${CHART}/`, { waitUntil: 'networkidle' });
		expect(await page.locator('nav[aria-label="Main"], footer, .skip-link').count()).toBe(0);
		await expect.poll(() => page.locator('h2').first().textContent()).toBe('HIV prevalence');
		expect(await page.locator('figcaption .sources').textContent()).toMatch(/Sources?:/);
		expect(await page.locator('a', { hasText: 'Explore, download and cite' }).getAttribute('href')).toMatch(/\/explore\//);
		await page.close();
	});

	it('applies the query like /explore/ and notes parameters it cannot apply', async () => {
		const page = await browser.newPage();
		await page.goto(`${site()}/embed/${CHART}/${VIEW}&colour=red`, { waitUntil: 'networkidle' });
		await expect.poll(() => page.locator('.subtitle').textContent()).toContain('Cambodia · Adults aged 15–49');
		expect(await page.locator('.note').allTextContents()).toContain('Ignored colour=red: unknown parameter.');
		await page.close();
	});

	it('follows ?theme=dark, and prefers-color-scheme without it', async () => {
		const page = await browser.newPage({ colorScheme: 'light' });
		await page.goto(`${site()}/embed/${CHART}/?theme=dark`, { waitUntil: 'networkidle' });
		await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(18, 22, 27)');
		await page.close();
		const dark = await browser.newPage({ colorScheme: 'dark' });
		await dark.goto(`${site()}/embed/${CHART}/`, { waitUntil: 'networkidle' });
		expect(await dark.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(18, 22, 27)');
		await dark.close();
	});

	it('shows the chart SVG and its table with JavaScript off', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
		const page = await context.newPage();
		await page.goto(`${site()}/embed/${CHART}/`);
		// One chart per population group and sex, as on /explore/.
		expect(await page.locator('svg[role="img"]:visible').count()).toBeGreaterThanOrEqual(2);
		expect(await page.locator('details table tbody tr').count()).toBeGreaterThan(10);
		const { scroll, client } = await overflow(page);
		expect(scroll).toBeLessThanOrEqual(client);
		await context.close();
	});
});

describe('embed code on a host page', () => {
	async function frameState(page: Page) {
		const frame = page.frames().find((f) => f.url().includes(`/embed/${CHART}/`))!;
		const inner = await frame.evaluate(() => ({
			height: Math.ceil(document.documentElement.getBoundingClientRect().height),
			scrollHeight: document.documentElement.scrollHeight,
			clientHeight: document.documentElement.clientHeight
		}));
		const iframe = await page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().height);
		const messages = (await page.evaluate(() => (window as unknown as { messages?: { origin: string; data: { type: string; height: number } }[] }).messages ?? [])).filter(
			(m) => m.data?.type === EMBED_MESSAGE_TYPE
		);
		return { inner, iframe, messages };
	}

	it.each([1200, 375])('at %i px the iframe takes the height the embed posts, which is its document height', async (width) => {
		const page = await browser.newPage({ viewport: { width, height: 700 } });
		await page.goto(host.url, { waitUntil: 'networkidle' });
		await expect.poll(async () => (await frameState(page)).messages.length).toBeGreaterThan(0);
		// Settled: the iframe has the last posted height and that is the embed's document height.
		await expect
			.poll(async () => {
				const s = await frameState(page);
				const last = s.messages.at(-1)!;
				return last.data.height === s.inner.height && Math.round(s.iframe) === last.data.height;
			})
			.toBe(true);
		const s = await frameState(page);
		expect(s.messages.every((m) => m.origin === site())).toBe(true);
		expect(s.inner.scrollHeight).toBeLessThanOrEqual(s.inner.clientHeight);
		await page.close();
	});

	it('reports a new height when the host page gets narrower, and the iframe follows', async () => {
		const page = await browser.newPage({ viewport: { width: 1200, height: 700 } });
		await page.goto(host.url, { waitUntil: 'networkidle' });
		await expect.poll(async () => (await frameState(page)).messages.length).toBeGreaterThan(0);
		const wide = (await frameState(page)).iframe;
		await page.setViewportSize({ width: 320, height: 700 });
		await expect
			.poll(async () => {
				const s = await frameState(page);
				return Math.round(s.iframe) === s.inner.height && s.inner.height !== Math.round(wide);
			})
			.toBe(true);
		const { scroll, client } = await overflow(page);
		expect(scroll).toBeLessThanOrEqual(client);
		await page.close();
	});

	it('works on a host that forbids inline scripts, with /embed/resize.js', async () => {
		const page = await browser.newPage({ viewport: { width: 600, height: 700 } });
		await page.goto(strictHost.url, { waitUntil: 'networkidle' });
		await expect
			.poll(async () => {
				const s = await frameState(page);
				return Math.round(s.iframe) === s.inner.height && s.inner.height !== 480;
			})
			.toBe(true);
		await page.close();
	});
});
