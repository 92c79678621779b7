/**
 * axe-core on every route (a sample of each dynamic route), in light and dark colour schemes:
 * zero serious or critical violations. Also the states that only appear after interaction or on
 * failure: the database's loading and error notices, the explorer's map and table, SQL results
 * and errors, an import preview with problems and a failed import, an open share panel, chart
 * and map tooltips, a made-to-order report, and the richest place and indicator pages.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { sampledRoutes } from '../support/routes';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const routes = sampledRoutes();
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[] }[];
}

async function seriousViolations(page: Page): Promise<string[]> {
	await page.addScriptTag({ content: axeSource });
	const violations = (await page.evaluate(async () => {
		// @ts-expect-error axe is injected above
		const result = await window.axe.run(document, { resultTypes: ['violations'] });
		return result.violations;
	})) as AxeViolation[];
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
}

describe.each(['light', 'dark'] as const)('accessibility (%s scheme)', (colorScheme) => {
	it.each(routes)('%s has no serious or critical axe violations', async (route) => {
		// bypassCSP: axe is injected as a script; the site's own CSP would (rightly) refuse it.
		const context = await browser.newContext({ bypassCSP: true, colorScheme, viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		await page.goto(inject('siteUrl') + route, { waitUntil: 'load' });
		const serious = await seriousViolations(page);
		await context.close();
		expect(serious).toEqual([]);
	});
});

const settled = (page: Page) =>
	page.waitForFunction(() => ['ready', 'error'].includes(document.documentElement.dataset.db ?? ''), null, { timeout: 90_000 });
/** A shared query waits for Run (issue 16). */
const runShared = (page: Page) => page.waitForSelector('[data-console="ready"]', { timeout: 90_000 }).then(() => page.click('button.run'));
const panelReady = (page: Page) => page.waitForSelector('[data-testid="explore-panel"][aria-busy="false"]', { timeout: 60_000 });

/** [name, path, what to do before axe runs]. */
const STATES: [string, string, (page: Page) => Promise<unknown>][] = [
	['database loading notice', '/sql/', (p) => p.waitForSelector('.db-notice.loading progress')],
	['database error notice', '/sql/', (p) => p.route('**/*.wasm', (r) => r.abort()).then(() => p.reload()).then(() => p.waitForSelector('.db-notice.error'))],
	['explorer map', '/explore/?indicator=skilled_birth_attendance&tab=map', (p) => settled(p).then(() => panelReady(p))],
	['explorer table', '/explore/?indicator=deportees_from_tha&tab=table', (p) => settled(p).then(() => panelReady(p))],
	['explorer with dropped parameters', '/explore/?indicator=nope&geo=XX&tab=pie', (p) => p.waitForSelector('[data-testid="dropped-note"]')],
	['SQL query from a link, not yet run', `/sql/?q=${encodeURIComponent('SELECT 1')}`, (p) => p.waitForSelector('[data-testid="shared-query-note"]')],
	['SQL result', `/sql/?q=${encodeURIComponent('SELECT * FROM observations LIMIT 50')}`, (p) => runShared(p).then(() => p.waitForSelector('.summary [data-rows]', { timeout: 90_000 }))],
	['SQL error', `/sql/?q=${encodeURIComponent('SELECT nope FROM observations')}`, (p) => runShared(p).then(() => p.waitForSelector('.sql-error', { timeout: 90_000 }))],
	[
		'import preview with problems',
		'/import/',
		(p) =>
			p
				.waitForSelector('[data-phase="idle"]')
				.then(() => p.locator('input[type=file]').setInputFiles('tests/fixtures/import/some-bad-rows.csv'))
				.then(() => p.waitForSelector('[data-phase="preview"]'))
	],
	[
		'failed import',
		'/import/',
		(p) =>
			p
				.waitForSelector('[data-phase="idle"]')
				.then(() => p.locator('input[type=file]').setInputFiles('tests/fixtures/import/random-binary.dat'))
				.then(() => p.waitForSelector('[data-phase="failed"]'))
	],
	['open share panel', '/indicators/hiv_prevalence/', (p) => p.locator('#share-0-share summary').click().then(() => p.waitForSelector('#share-0-share [open], #share-0-share[open]'))],
	['chart tooltip', '/indicators/hiv_prevalence/', (p) => p.locator('#panel-0 .targets button').first().focus().then(() => p.waitForSelector('#panel-0 .tooltip'))],
	['map tooltip', '/indicators/skilled_birth_attendance/', (p) => p.locator('.map-svg [data-unit="KH-1"]').focus().then(() => p.waitForSelector('.map-tooltip'))],
	['a made-to-order report', '/report/?place=KHM&indicator=hiv_prevalence&indicator=art_coverage', (p) => p.waitForFunction(() => document.title.includes('Cambodia'))],
	['filtered timeline', '/timeline/?kind=border&place=KHM', (p) => p.waitForSelector('#timeline [role="status"]:not(:empty)')],
	['Poipet', '/places/KH-1:poipet/', () => Promise.resolve()],
	['Sisophon', '/places/KH-1:serei-saophoan/', () => Promise.resolve()],
	['Cambodia', '/places/KHM/', () => Promise.resolve()],
	['HIV prevalence', '/indicators/hiv_prevalence/', () => Promise.resolve()]
];

describe.each(['light', 'dark'] as const)('accessibility of states (%s scheme)', (colorScheme) => {
	it.each(STATES)('%s (%s) has no serious or critical axe violations', async (_, path, setup) => {
		const context = await browser.newContext({ bypassCSP: true, colorScheme, viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		if (path === '/sql/' && setup === STATES[0][2]) {
			// Slow enough to catch the progress bar.
			const cdp = await context.newCDPSession(page);
			await cdp.send('Network.enable');
			await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 40, downloadThroughput: 2_000_000, uploadThroughput: 1_000_000 });
		}
		await page.goto(inject('siteUrl') + path, { waitUntil: 'load' });
		await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
		await setup(page);
		const serious = await seriousViolations(page);
		await context.close();
		expect(serious).toEqual([]);
	});
});
