/**
 * Data artefacts served from another origin (a CDN or object store): the site is built with
 * PUBLIC_DATA_BASE_URL pointing at a second local server, and the site's own /data/ is blocked,
 * so DuckDB can only have attached the database through the configured origin. The CSP must
 * let exactly that origin through.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, watchPage } from '../support/browser';
import { startStaticServer, type StaticServer } from '../support/staticServer';
import { BUILD_DIR } from '../support/site';
import { cspViolations, recordCspViolations } from '../support/injection';
import { runInConsole, waitForConsole } from '../../scripts/bench/consoleDriver';

// The main build (the one the other tests are served) doubles as the data host: its /data/ is what `npm run data` wrote.
let work: string;
let dataHost: StaticServer;
let site: StaticServer;
let browser: Browser;

beforeAll(async () => {
	// Inside the project: the build's server chunks resolve packages from node_modules.
	work = mkdtempSync('.tmp-cdn-');
	dataHost = await startStaticServer({ root: BUILD_DIR, cors: true });
	execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
		env: {
			...process.env,
			PUBLIC_DATA_BASE_URL: `${dataHost.url}/data/`,
			SITE_BUILD_DIR: join(work, 'build'),
			SITE_KIT_DIR: join(work, 'kit')
		},
		stdio: 'pipe'
	});
	site = await startStaticServer({ root: join(work, 'build'), block: (path) => path.startsWith('/data/') });
	browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
	await browser?.close();
	await site?.close();
	await dataHost?.close();
	if (work) rmSync(work, { recursive: true, force: true });
});

describe('data artefacts on another origin (PUBLIC_DATA_BASE_URL)', () => {
	it('lets the configured origin, and no other, through the pages’ CSP', () => {
		const html = readFileSync(join(work, 'build', 'sql', 'index.html'), 'utf8');
		const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
		const connect = /connect-src ([^;]+)/.exec(policy)?.[1].split(/\s+/) ?? [];
		expect(connect).toContain(dataHost.url);
		expect(connect.filter((s) => s.startsWith('http'))).toEqual([dataHost.url]);
	});

	it('attaches the database from that origin by range requests and answers SQL', async () => {
		const context = await browser.newContext();
		await recordCspViolations(context);
		const page = await context.newPage();
		const watch = watchPage(page, site.url, [dataHost.url]);
		await page.goto(`${site.url}/sql/`);
		expect(await waitForConsole(page)).toBe('ready');
		const run = await runInConsole(page, 'SELECT count(*) AS n FROM observations');
		expect(run).toMatchObject({ rows: 1, error: null });
		const manifest = JSON.parse(readFileSync(join(BUILD_DIR, 'data', 'manifest.json'), 'utf8'));
		const count = (await page.locator('.viewport tbody td').nth(1).innerText()).replace(/\D/g, '');
		expect(Number(count)).toBe(manifest.tables.observations.rows);

		const fromHost = dataHost.requests.filter((r) => r.path.startsWith('/data/observatory'));
		expect(fromHost.some((r) => r.status === 206)).toBe(true);
		expect(site.requests.filter((r) => r.path.startsWith('/data/'))).toEqual([]);
		expect(watch.foreignRequests).toEqual([]);
		expect(await cspViolations(page)).toEqual([]);
		expect(watch.consoleErrors).toEqual([]);
		await context.close();
	});

	it('does not touch the data host on pages that need no DuckDB', async () => {
		const before = dataHost.requests.length;
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${site.url}/indicators/hiv_prevalence/`, { waitUntil: 'networkidle' });
		expect(await page.locator('main svg[role="img"]').count()).toBeGreaterThan(0);
		expect(dataHost.requests.slice(before)).toEqual([]);
		await context.close();
	});
});
