/**
 * The timeline's filters in Chromium. Without JavaScript they still filter (CSS reads the
 * controls): each kind shows exactly the events of that kind in data/events.csv, years with none
 * disappear, and "No event matches" shows when nothing is left. With JavaScript the filter is
 * read from and written to the URL. The controls are reachable by keyboard and do not move when
 * a filter is applied.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, watchPage } from '../support/browser';
import { publishedRecords } from '../support/publishedData';
import { EVENT_KINDS } from '$lib/data/schema';

const records = publishedRecords('events');
const url = () => inject('siteUrl') + '/timeline/';
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

const visibleIds = (page: Page) =>
	page.locator('#timeline li.event').evaluateAll((items) => items.filter((li) => (li as HTMLElement).offsetParent !== null).map((li) => li.id));
const visibleYears = (page: Page) =>
	page.locator('#timeline section.year').evaluateAll((items) => items.filter((s) => (s as HTMLElement).offsetParent !== null).map((s) => s.querySelector('h2')!.textContent));
const noneShown = (page: Page) => page.locator('#timeline .none').isVisible();

describe('timeline without JavaScript', () => {
	let page: Page;
	beforeAll(async () => {
		const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
		page = await context.newPage();
		await page.goto(url());
	});
	afterAll(() => page.context().close());

	it('shows every event of data/events.csv at first', async () => {
		expect((await visibleIds(page)).sort()).toEqual(records.map((r) => r.event_id).sort());
		expect(await noneShown(page)).toBe(false);
	});

	it.each(EVENT_KINDS)('the "%s" choice shows exactly the events of that kind, and only their years', async (kind) => {
		await page.locator(`#kind-${kind}`).check();
		const expected = records.filter((r) => r.kind === kind);
		expect((await visibleIds(page)).sort()).toEqual(expected.map((r) => r.event_id).sort());
		const years = [...new Set(expected.map((r) => r.period.slice(0, 4)))].sort();
		expect(await visibleYears(page)).toEqual(years);
		expect(await noneShown(page)).toBe(expected.length === 0);
	});

	it('a place shows the events in it or within it, combined with the kind', async () => {
		await page.locator('#kind-all').check();
		const options = await page.locator('#timeline-place option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
		expect(options.length).toBeGreaterThan(0);
		for (const place of options) {
			await page.selectOption('#timeline-place', place);
			const shown = await visibleIds(page);
			expect(shown.length, place).toBeGreaterThan(0);
			for (const id of shown) expect(await page.locator(`li#${id}`).getAttribute('data-in'), `${place}: ${id}`).toMatch(new RegExp(`(^| )${place}( |$)`));
		}
		// A kind on top of the place: nothing of another kind is left.
		const kind = records[0].kind;
		await page.locator(`#kind-${kind}`).check();
		for (const id of await visibleIds(page)) expect(records.find((r) => r.event_id === id)?.kind).toBe(kind);
		await page.selectOption('#timeline-place', '');
		await page.locator('#kind-all').check();
	});
});

describe('timeline with JavaScript', () => {
	it('applies ?kind= from the URL, writes a new choice back and announces the number shown', async () => {
		const kind = records[0].kind;
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		const watch = watchPage(page, new URL(inject('siteUrl')).origin);
		await page.goto(`${url()}?kind=${kind}`, { waitUntil: 'networkidle' });
		await expect.poll(() => page.locator(`#kind-${kind}`).isChecked()).toBe(true);
		const count = records.filter((r) => r.kind === kind).length;
		expect(await page.locator('#timeline [role="status"]').textContent()).toBe(`Showing ${count} of ${records.length} events.`);
		expect((await visibleIds(page)).length).toBe(count);
		await page.locator('#kind-all').check();
		await page.waitForURL((u) => u.search === '');
		const place = await page.locator('#timeline-place option').nth(1).getAttribute('value');
		await page.selectOption('#timeline-place', place!);
		await page.waitForURL((u) => u.searchParams.get('place') === place);
		expect(watch.consoleErrors).toEqual([]);
		await page.close();
	});

	it('ignores a kind it does not offer', async () => {
		const page = await browser.newPage();
		await page.goto(`${url()}?kind=rumour`, { waitUntil: 'networkidle' });
		await expect.poll(() => page.locator('#kind-all').isChecked()).toBe(true);
		expect((await visibleIds(page)).length).toBe(records.length);
		await page.close();
	});

	it('reaches the filters by keyboard, and they stay where they are when a filter applies', async () => {
		const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
		await page.goto(url(), { waitUntil: 'networkidle' });
		const box = () => page.locator('#timeline [role="group"]').boundingBox();
		const before = await box();
		let reached = '';
		for (let i = 0; i < 40 && reached !== 'kind-all'; i++) {
			await page.keyboard.press('Tab');
			reached = await page.evaluate(() => document.activeElement?.id ?? '');
		}
		expect(reached).toBe('kind-all');
		await page.keyboard.press('ArrowRight');
		expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked && document.activeElement!.id)).toBe(`kind-${EVENT_KINDS[0]}`);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('timeline-place');
		expect(await box()).toEqual(before);
		await page.close();
	});
});
