/**
 * The province map on a real page (skilled birth attendance, CDHS 2010): keyboard focus reaches
 * every province and shows its value in the tooltip; arrow keys move across the map; hovering
 * shows the tooltip too; no request leaves the site. Without JavaScript the SVG and table are there.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, watchPage } from '../support/browser';

const ROUTE = '/indicators/skilled_birth_attendance/';
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function open(javaScriptEnabled = true): Promise<{ page: Page; close: () => Promise<void> }> {
	const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	return { page, close: () => context.close() };
}

const focusedUnit = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-unit') ?? null);
const tooltip = (page: Page) => page.locator('.map-tooltip').textContent();

describe('province map on the skilled birth attendance page', () => {
	it('reaches every province with Tab and shows its value in the tooltip', async () => {
		const { page, close } = await open();
		const watch = watchPage(page, new URL(inject('siteUrl')).origin);
		await page.goto(inject('siteUrl') + ROUTE, { waitUntil: 'networkidle' });
		const units = await page.locator('.map-svg [data-unit]').evaluateAll((els) =>
			els.map((e) => ({ key: e.getAttribute('data-unit')!, label: e.getAttribute('aria-label')! }))
		);
		expect(units).toHaveLength(19);

		await page.locator(`.map-svg [data-unit="${units[0].key}"]`).focus();
		const seen = new Map<string, string>();
		for (let i = 0; i < units.length; i++) {
			const key = await focusedUnit(page);
			expect(key, `Tab stop ${i}`).toBe(units[i].key);
			seen.set(key!, (await tooltip(page)) ?? '');
			if (i < units.length - 1) await page.keyboard.press('Tab');
		}
		const provinces = [...seen.keys()].flatMap((k) => k.split('+')).sort();
		expect(provinces).toEqual(Array.from({ length: 24 }, (_, i) => `KH-${i + 1}`).sort());
		for (const u of units) {
			const value = u.label.match(/: (\d+%)/)?.[1];
			expect(value, u.label).toBeTruthy();
			expect(seen.get(u.key), u.key).toContain(value!);
		}
		expect(seen.get('KH-2+KH-24')).toMatch(/Battambang \+ Pailin \(one survey domain\)\s*78%/);
		expect(seen.get('KH-1')).toMatch(/Banteay Meanchey\s*69%/);
		expect(watch.consoleErrors).toEqual([]);
		expect(watch.foreignRequests).toEqual([]);
		await close();
	});

	it('moves across the map with the arrow keys and hides the tooltip on Escape', async () => {
		const { page, close } = await open();
		await page.goto(inject('siteUrl') + ROUTE, { waitUntil: 'networkidle' });
		await page.locator('.map-svg [data-unit="KH-1"]').focus();
		await page.keyboard.press('ArrowDown');
		expect(await focusedUnit(page)).toBe('KH-2+KH-24');
		await page.keyboard.press('ArrowUp');
		expect(await focusedUnit(page)).toBe('KH-1');
		await page.keyboard.press('ArrowRight');
		expect(await focusedUnit(page)).not.toBe('KH-1');
		await page.keyboard.press('Escape');
		expect(await page.locator('.map-tooltip').count()).toBe(0);
		await close();
	});

	it('shows the tooltip on hover', async () => {
		const { page, close } = await open();
		await page.goto(inject('siteUrl') + ROUTE, { waitUntil: 'networkidle' });
		await page.locator('.map-svg [data-geo-id="KH-12"]').hover();
		expect(await tooltip(page)).toMatch(/Phnom Penh\s*99%/);
		await close();
	});

	it('is all there without JavaScript: 24 province paths, focusable units, the table and the caption', async () => {
		const { page, close } = await open(false);
		await page.goto(inject('siteUrl') + ROUTE);
		expect(await page.locator('.map-svg [data-geo-id]').count()).toBe(24);
		expect(await page.locator('.map-svg [data-unit][tabindex="0"]').count()).toBe(19);
		expect(await page.locator('.map-table tbody tr').count()).toBe(19);
		expect(await page.locator('figure.choropleth figcaption').textContent()).toContain('Boundaries are not authoritative');
		await close();
	});
});
