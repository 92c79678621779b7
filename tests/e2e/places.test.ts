/**
 * Place profiles in Chromium: the pages load with no console error and no request to another
 * origin, the border chart answers keyboard focus with the figure and its source, and a profile's
 * "Explore over time" link opens the explorer on that place.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, watchPage } from '../support/browser';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('place profiles', () => {
	it.each(['/places/', '/places/KH-1/', '/places/KH-1:serei-saophoan/', '/places/KH-1:poipet/', '/places/KHM/'])(
		'%s loads cleanly',
		async (path) => {
			const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
			const watch = watchPage(page, new URL(inject('siteUrl')).origin);
			await page.goto(inject('siteUrl') + path, { waitUntil: 'networkidle' });
			expect(await page.locator('h1').count()).toBe(1);
			expect(watch.consoleErrors).toEqual([]);
			expect(watch.foreignRequests).toEqual([]);
			await page.close();
		}
	);

	it('shows a returns figure and its source when the Poipet chart gets keyboard focus', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(inject('siteUrl') + '/places/KH-1:poipet/', { waitUntil: 'networkidle' });
		const chart = page.locator('#returns ~ .category-chart').first();
		await chart.locator('button').first().focus();
		const tooltip = await chart.locator('[role="status"]').first().textContent();
		expect(tooltip).toMatch(/Deported through Poipet/);
		expect(tooltip).toMatch(/2009/);
		expect(tooltip).toMatch(/90,000/);
		expect(tooltip).toMatch(/The Cambodia Daily, 2010/);
		await page.close();
	});

	it('opens the explorer on the place from "Explore over time"', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(inject('siteUrl') + '/places/KH-1/', { waitUntil: 'networkidle' });
		await page.click('#ind-skilled_birth_attendance ~ a.explore, article[aria-labelledby="ind-skilled_birth_attendance"] a.explore');
		await page.waitForURL(/\/explore\/\?indicator=skilled_birth_attendance&geo=KH-1$/);
		await page.waitForFunction(() => document.querySelector('[data-testid="places-summary"]')?.textContent?.trim() === 'Banteay Meanchey', null, {
			timeout: 60_000
		});
		await page.close();
	});
});
