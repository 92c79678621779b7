/**
 * axe-core on every route (a sample of each dynamic route), in light and dark colour schemes:
 * zero serious or critical violations.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
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

describe.each(['light', 'dark'] as const)('accessibility (%s scheme)', (colorScheme) => {
	it.each(routes)('%s has no serious or critical axe violations', async (route) => {
		// bypassCSP: axe is injected as a script; the site's own CSP would (rightly) refuse it.
		const context = await browser.newContext({ bypassCSP: true, colorScheme, viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		await page.goto(inject('siteUrl') + route, { waitUntil: 'load' });
		await page.addScriptTag({ content: axeSource });
		const violations = (await page.evaluate(async () => {
			// @ts-expect-error axe is injected above
			const result = await window.axe.run(document, { resultTypes: ['violations'] });
			return result.violations;
		})) as AxeViolation[];
		await context.close();
		const serious = violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
		expect(serious).toEqual([]);
	});
});
