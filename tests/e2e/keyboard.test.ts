/**
 * Keyboard-only walkthroughs in Chromium, with Tab, Shift+Tab, Enter, Space and the arrow keys —
 * no mouse, no programmatic focus: the skip link; on /explore/ change the indicator and the place,
 * switch to the map, reach a province and read its tooltip, switch to the table; on an indicator
 * page reach a chart figure and read its tooltip, then open the share panel and copy the link and
 * download the image and the data. Every element that takes focus shows it (outline or the map's
 * focus ring). Under `prefers-reduced-motion: reduce` nothing animates or transitions.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, watchPage } from '../support/browser';
import { sampledRoutes } from '../support/routes';
import { describeFocus, focusProblem, focused, tabTo, type Unmarked } from '../support/keyboard';

const siteUrl = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function openPage(path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ page: Page; context: BrowserContext }> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
	const page = await context.newPage();
	await page.goto(siteUrl + path, { waitUntil: 'networkidle' });
	await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
	return { page, context };
}

const panelSettled = (page: Page) =>
	page.waitForSelector('[data-testid="explore-panel"][aria-busy="false"]', { timeout: 60_000 });

/** Moves a focused <select> to `value` with the arrow keys (each step is a change, as for a user). */
async function arrowSelect(page: Page, value: string): Promise<void> {
	const [from, to] = await page.evaluate((v) => {
		const select = document.activeElement as HTMLSelectElement;
		const values = [...select.options].map((o) => o.value);
		return [values.indexOf(select.value), values.indexOf(v)];
	}, value);
	if (to < 0) throw new Error(`no option ${value}`);
	for (let i = 0; i < Math.abs(to - from); i++) await page.keyboard.press(to > from ? 'ArrowDown' : 'ArrowUp');
}

describe('skip link', () => {
	it('is the first Tab stop, becomes visible, and moves focus to the main content', async () => {
		const { page, context } = await openPage('/indicators/');
		await page.keyboard.press('Tab');
		const skip = await focused(page);
		expect(skip.name).toBe('Skip to content');
		expect(skip.inView).toBe(true);
		expect(skip.indicator).toBe('outline');
		await page.keyboard.press('Enter');
		expect((await focused(page)).id).toBe('main');
		// The next Tab goes into the content, past the site navigation.
		await page.keyboard.press('Tab');
		const next = await focused(page);
		expect(await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement))).toBe(true);
		expect(next.inView).toBe(true);
		await context.close();
	});
});

describe('/explore/ by keyboard', () => {
	it('changes indicator and place, reads a province on the map, then shows the table', async () => {
		const { page, context } = await openPage('/explore/');
		const watch = watchPage(page, siteUrl);
		const unmarked: Unmarked = [];
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter'); // skip link

		const indicator = await tabTo(page, (f) => f.testid === 'indicator', { unmarked, what: 'the indicator select' });
		expect(indicator.value).toBe('hiv_prevalence');
		await arrowSelect(page, 'skilled_birth_attendance');
		await expect.poll(() => new URL(page.url()).searchParams.get('indicator')).toBe('skilled_birth_attendance');

		await tabTo(page, (f) => f.tag === 'summary' && f.name.startsWith('Places'), { unmarked, what: 'the places picker' });
		await page.keyboard.press('Enter');
		expect(await page.locator('.place-picker').getAttribute('open')).not.toBeNull();
		await tabTo(page, (f) => f.tag === 'input' && f.value === 'KH-1', { unmarked, what: 'the Banteay Meanchey checkbox' });
		await page.keyboard.press('Space');
		await expect.poll(() => new URL(page.url()).searchParams.get('geo')).toBe('KH-1');
		expect(await page.locator('[data-testid="places-summary"]').innerText()).toBe('Banteay Meanchey');

		const tab = await tabTo(page, (f) => f.role === 'tab', { unmarked, what: 'the chart/map/table tabs' });
		expect(tab.name).toBe('Chart');
		await page.keyboard.press('ArrowRight');
		const mapTab = await focused(page);
		expect([mapTab.name, await page.locator('#tab-map').getAttribute('aria-selected')]).toEqual(['Map', 'true']);
		await panelSettled(page);

		const province = await tabTo(page, (f) => f.unit === 'KH-1', { unmarked, what: 'Banteay Meanchey on the map' });
		const tooltip = page.locator('.map-tooltip');
		expect(await tooltip.isVisible()).toBe(true);
		const tip = (await tooltip.innerText()).replace(/\s+/g, ' ');
		expect(tip).toContain('Banteay Meanchey');
		expect(tip).toMatch(/\d+(\.\d+)?%/);
		expect(province.name).toContain('Banteay Meanchey');
		// Arrow keys move to a neighbouring province, and the tooltip follows.
		await page.keyboard.press('ArrowRight');
		const neighbour = await focused(page);
		expect(neighbour.unit).not.toBe('KH-1');
		expect(neighbour.unit).not.toBeNull();
		expect((await tooltip.innerText()).replace(/\s+/g, ' ')).not.toBe(tip);

		await tabTo(page, (f) => f.role === 'tab', { back: true, unmarked, what: 'the tabs, backwards' });
		await page.keyboard.press('ArrowRight');
		expect(await page.locator('#tab-table').getAttribute('aria-selected')).toBe('true');
		expect(new URL(page.url()).searchParams.get('tab')).toBe('table');
		await panelSettled(page);
		const rows = await page.locator('[data-testid="explore-panel"] tbody tr').allInnerTexts();
		expect(rows.length).toBeGreaterThan(0);
		expect(rows.every((r) => r.startsWith('Banteay Meanchey'))).toBe(true);

		expect(unmarked).toEqual([]);
		expect(watch.consoleErrors).toEqual([]);
		await context.close();
	});
});

describe('an indicator page by keyboard', () => {
	let context: BrowserContext;
	let page: Page;
	const unmarked: Unmarked = [];

	beforeAll(async () => {
		({ page, context } = await openPage('/indicators/hiv_prevalence/', { acceptDownloads: true }));
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteUrl });
	});
	afterAll(() => context?.close());

	it('reaches a chart figure and shows its tooltip; arrows move to the next figure', async () => {
		const point = await tabTo(page, (f) => f.chartPoint, { unmarked, what: 'a chart figure' });
		const tooltip = page.locator('#panel-0 .tooltip[role="status"]');
		expect(await tooltip.isVisible()).toBe(true);
		// The button's label is "series, year: value"; the tooltip shows that series, value and year.
		const [, year, value] = /, (\d{4}): ([^ (]+)/.exec(point.name)!;
		const tip = (await tooltip.innerText()).replace(/\s+/g, ' ');
		expect(tip).toContain(`${value} in ${year}`);
		await page.keyboard.press('ArrowRight');
		const next = await focused(page);
		expect(next.chartPoint).toBe(true);
		expect(next.name).not.toBe(point.name);
		const [, nextYear, nextValue] = /, (\d{4}): ([^ (]+)/.exec(next.name)!;
		expect((await tooltip.innerText()).replace(/\s+/g, ' ')).toContain(`${nextValue} in ${nextYear}`);
	});

	it('opens the share panel, copies the link, downloads the PNG, SVG and CSV', async () => {
		await tabTo(page, (f) => f.tag === 'summary' && f.name === 'Share, download or cite this chart', { unmarked, what: 'the share panel' });
		await page.keyboard.press('Enter');
		const panel = page.locator('#share-0-share');
		expect(await panel.getAttribute('open')).not.toBeNull();
		const status = panel.locator('[role="status"]');

		await tabTo(page, (f) => f.name === 'Copy link', { unmarked, what: 'Copy link' });
		await page.keyboard.press('Enter');
		await expect.poll(() => status.textContent()).toBe('Link copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`^${siteUrl}/explore/\\?`));

		const downloads: string[] = [];
		for (const [label, key] of [
			['PNG image (2×)', 'Enter'],
			['SVG image', 'Space'],
			['CSV data', 'Enter']
		] as const) {
			await tabTo(page, (f) => f.name === label, { unmarked, what: label });
			const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press(key)]);
			downloads.push(file.suggestedFilename().replace(/^.*\./, ''));
			await expect.poll(() => status.textContent()).toBe(`${label.split(' ')[0]} downloaded`);
		}
		expect(downloads).toEqual(['png', 'svg', 'csv']);
		expect(unmarked).toEqual([]);
	});
});

describe.each(['light', 'dark'] as const)('visible focus (%s scheme)', (colorScheme) => {
	it.each(sampledRoutes())('%s: the first 50 Tab stops each show a focus indicator with 3:1 contrast, scrolled into view', async (route) => {
		const { page, context } = await openPage(route, { colorScheme });
		const problems: string[] = [];
		const seen = new Set<string>();
		for (let i = 0; i < 50; i++) {
			await page.keyboard.press('Tab');
			const f = await focused(page);
			if (f.tag === 'body') break; // wrapped around: every stop visited
			const where = describeFocus(f);
			if (seen.has(where) && i > 3) break;
			seen.add(where);
			const problem = focusProblem(f);
			if (problem) problems.push(`${problem}: ${where}`);
			if (!f.inView) problems.push(`not scrolled into view: ${where}`);
		}
		expect(problems).toEqual([]);
		await context.close();
	});
});

describe('prefers-reduced-motion', () => {
	/** Longest transition or animation (duration + delay) on any element or pseudo-element, in ms. */
	const longestMotion = (page: Page) =>
		page.evaluate(() => {
			let longest = 0;
			let where = '';
			for (const el of document.querySelectorAll('*')) {
				for (const pseudo of [null, '::before', '::after']) {
					const cs = getComputedStyle(el, pseudo);
					const pairs: [string, string, string][] = [
						[cs.transitionProperty, cs.transitionDuration, cs.transitionDelay],
						[cs.animationName, cs.animationDuration, cs.animationDelay]
					];
					for (const [names, durations, delays] of pairs) {
						if (names === 'none' || names === 'all' && durations === '0s') continue;
						const d = durations.split(',').map((s) => parseFloat(s) * (s.trim().endsWith('ms') ? 1 : 1000));
						const w = delays.split(',').map((s) => Math.max(0, parseFloat(s) * (s.trim().endsWith('ms') ? 1 : 1000)));
						const total = Math.max(...d.map((x, i) => x + (w[i] ?? 0)));
						if (total > longest) [longest, where] = [total, `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}${pseudo ?? ''}`];
					}
				}
			}
			return { longest, where };
		});

	// The explorer's panel fades while a view loads (aria-busy): the site's one transition.
	const busy = (page: Page) => page.evaluate(() => document.querySelector('[data-testid="explore-panel"]')?.setAttribute('aria-busy', 'true'));

	it('without it, the loading panel fades (so the check below can fail)', async () => {
		const { page, context } = await openPage('/explore/', { reducedMotion: 'no-preference' });
		await busy(page);
		expect((await longestMotion(page)).longest).toBeGreaterThanOrEqual(200);
		await context.close();
	});

	it.each([...sampledRoutes(), '/explore/?indicator=skilled_birth_attendance&tab=map'])('%s: nothing moves for longer than 0.01 ms', async (route) => {
		const { page, context } = await openPage(route, { reducedMotion: 'reduce' });
		// Hover- and focus-driven styles too: walk a few Tab stops; and the loading state.
		for (let i = 0; i < 15; i++) await page.keyboard.press('Tab');
		await busy(page);
		const motion = await longestMotion(page);
		expect(Math.round(motion.longest * 1000) / 1000, motion.where).toBeLessThanOrEqual(0.01);
		expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
		await context.close();
	});
});
