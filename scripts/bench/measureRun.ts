/**
 * One cold-cache benchmark run against a served site: a fresh browser context with the HTTP cache
 * disabled, then
 * 1. the overview and one indicator page: time to the first painted chart, bytes before it;
 * 2. /sql/ with a query in its URL: DuckDB ready, first result, bytes until ready, then the app's
 *    typed queries in rounds (latency samples), DuckDB's memory and the page's peak JS heap;
 * 3. /explore/: filter changes (see exploreFilterChanges.ts).
 */
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { PAGE_PROBE, type ProbeMarks } from './pageProbe';
import { runInConsole, waitForConsole } from './consoleDriver';
import { benchQueries } from './benchQueries';
import { measureExploreFilterChanges } from './exploreFilterChanges';

export const CHART_PAGES = ['/', '/indicators/hiv_prevalence/'];

export interface RunMetrics {
	firstChartMs: Record<string, number | null>;
	/** Bytes of the responses that had arrived when the chart was painted (depends on timing). */
	bytesBeforeFirstChart: Record<string, number | null>;
	/** Bytes of the HTML and CSS, all the first chart needs (the SVG is in the HTML). */
	renderBytes: Record<string, number>;
	dbReadyMs: number | null;
	firstResultMs: number | null;
	bytesUntilDbReady: number;
	/** Body bytes of the database file fetched during the whole /sql/ visit (range reads). */
	databaseBytesFetched: number;
	queryMs: Record<string, number[]>;
	filterChangeMs: number[] | null;
	peakJsHeapBytes: number;
	duckdbMemoryBytes: number | null;
}

interface Finished {
	url: string;
	type: string;
	endEpochMs: number;
	bytes: number;
}

function recordRequests(context: BrowserContext): Promise<Finished>[] {
	const finished: Promise<Finished>[] = [];
	context.on('requestfinished', (request: Request) => {
		finished.push(
			(async () => {
				const [sizes, timing] = [await request.sizes(), request.timing()];
				const bytes = sizes.responseBodySize + sizes.responseHeadersSize;
				return { url: request.url(), type: request.resourceType(), endEpochMs: timing.startTime + timing.responseEnd, bytes };
			})().catch(() => ({ url: request.url(), type: request.resourceType(), endEpochMs: Infinity, bytes: 0 })) // the page closed first
		);
	});
	return finished;
}

async function newColdPage(context: BrowserContext): Promise<Page> {
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	return page;
}

async function marks(page: Page): Promise<ProbeMarks & { timeOrigin: number }> {
	return page.evaluate(() => ({ ...(window as unknown as { __bench: object }).__bench, timeOrigin: performance.timeOrigin }));
}

export async function measureRun(browser: Browser, siteUrl: string, firstSql: string, queryRounds: number, filterChanges: number): Promise<RunMetrics> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	await context.addInitScript({ content: PAGE_PROBE });
	const requests = recordRequests(context);
	const metrics: RunMetrics = {
		firstChartMs: {},
		bytesBeforeFirstChart: {},
		renderBytes: {},
		dbReadyMs: null,
		firstResultMs: null,
		bytesUntilDbReady: 0,
		databaseBytesFetched: 0,
		queryMs: {},
		filterChangeMs: null,
		peakJsHeapBytes: 0,
		duckdbMemoryBytes: null
	};
	try {
		for (const path of CHART_PAGES) {
			const page = await newColdPage(context);
			const start = requests.length;
			await page.goto(siteUrl + path, { waitUntil: 'load' });
			await page.waitForFunction(() => (window as unknown as { __bench: ProbeMarks }).__bench.firstChart !== undefined, null, { timeout: 30_000 }).catch(() => {});
			const m = await marks(page);
			metrics.firstChartMs[path] = m.firstChart ?? null;
			const done = await Promise.all(requests.slice(start));
			metrics.bytesBeforeFirstChart[path] = m.firstChart === undefined ? null : sumBytes(done, m.timeOrigin + m.firstChart);
			metrics.renderBytes[path] = done.filter((r) => r.type === 'document' || r.type === 'stylesheet').reduce((s, r) => s + r.bytes, 0);
			await page.close();
		}

		const page = await newColdPage(context);
		const cdp = await context.newCDPSession(page);
		await cdp.send('Performance.enable');
		let sampling = true;
		const heap = (async () => {
			while (sampling) {
				const { metrics: list } = await cdp.send('Performance.getMetrics').catch(() => ({ metrics: [] as { name: string; value: number }[] }));
				const used = list.find((x) => x.name === 'JSHeapUsedSize')?.value ?? 0;
				metrics.peakJsHeapBytes = Math.max(metrics.peakJsHeapBytes, used);
				await new Promise((r) => setTimeout(r, 100));
			}
		})();
		const start = requests.length;
		await page.goto(`${siteUrl}/sql/?q=${encodeURIComponent(firstSql)}`);
		// A shared query waits for Run: press it the moment the console is ready.
		await page.click('button.run:not([disabled])', { timeout: 180_000 });
		await page.waitForSelector('.summary [data-rows]', { timeout: 180_000 });
		const m = await marks(page);
		metrics.dbReadyMs = m.dbReady ?? null;
		metrics.firstResultMs = m.firstResult ?? null;
		await waitForConsole(page);
		for (let round = 0; round < queryRounds; round++) {
			for (const q of benchQueries(round)) {
				const run = await runInConsole(page, q.sql, 180_000);
				if (run.error) throw new Error(`${q.name}: ${run.error}`);
				(metrics.queryMs[q.name] ??= []).push(run.ms!);
			}
		}
		const memory = await runInConsole(page, 'SELECT sum(memory_usage_bytes) AS bytes FROM duckdb_memory()');
		if (memory.rows === 1) {
			const cell = await page.evaluate(() => document.querySelector('.viewport tbody tr[aria-rowindex="2"] td:nth-child(2)')?.textContent ?? null);
			metrics.duckdbMemoryBytes = cell === null ? null : Number(cell);
		} else console.error('bench: DuckDB memory query:', memory);
		sampling = false;
		await heap;
		const visit = await Promise.all(requests.slice(start));
		metrics.bytesUntilDbReady = m.dbReady === undefined ? 0 : sumBytes(visit, m.timeOrigin + m.dbReady);
		metrics.databaseBytesFetched = visit.filter((r) => /\/observatory\.duckdb(\?|$)/.test(r.url)).reduce((s, r) => s + r.bytes, 0);
		await page.close();

		if (filterChanges > 0) {
			const explore = await newColdPage(context);
			metrics.filterChangeMs = await measureExploreFilterChanges(explore, siteUrl, filterChanges);
			await explore.close();
		}
	} finally {
		await context.close();
	}
	return metrics;
}

function sumBytes(requests: Finished[], untilEpochMs: number): number {
	return requests.filter((r) => r.endEpochMs <= untilEpochMs + 1).reduce((sum, r) => sum + r.bytes, 0);
}
