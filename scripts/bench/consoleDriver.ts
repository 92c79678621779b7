/**
 * Drives the /sql/ console in a Playwright page, for the browser tests and the benchmark: waits
 * for the console, runs SQL the way a user does (type, Ctrl+Enter) and reads what the page shows.
 * It relies only on the page's public markers: `data-console` (phase), `data-runs` (finished
 * runs), the result line's `data-rows` / `data-ms`, and the error box.
 */
import type { Page } from 'playwright-core';

export interface ConsoleRun {
	/** Rows in the result, or null when the query failed or was cancelled. */
	rows: number | null;
	/** The elapsed time the console measured, in ms. */
	ms: number | null;
	/** The error message shown, if any. */
	error: string | null;
}

export async function waitForConsole(page: Page, timeout = 120_000): Promise<'ready' | 'unavailable'> {
	const handle = await page.waitForFunction(
		() => {
			const phase = document.querySelector('[data-console]')?.getAttribute('data-console');
			return phase === 'ready' || phase === 'unavailable' ? phase : null;
		},
		null,
		{ timeout }
	);
	return (await handle.jsonValue()) as 'ready' | 'unavailable';
}

/** Starts a query and returns without waiting for it (to test cancelling). */
export async function startInConsole(page: Page, sql: string): Promise<number> {
	const before = Number(await page.getAttribute('[data-runs]', 'data-runs'));
	await page.fill('#sql-input', sql);
	await page.press('#sql-input', 'Control+Enter');
	return before;
}

export async function finishedRun(page: Page, before: number, timeout = 120_000): Promise<ConsoleRun> {
	await page.waitForFunction(
		(n) => Number(document.querySelector('[data-runs]')?.getAttribute('data-runs')) > n,
		before,
		{ timeout }
	);
	return page.evaluate(() => {
		const status = document.querySelector('.summary [data-rows]');
		const error = document.querySelector('.sql-error .message');
		return {
			rows: status ? Number(status.getAttribute('data-rows')) : null,
			ms: status ? Number(status.getAttribute('data-ms')) : null,
			error: error ? (error.textContent ?? '') : null
		};
	});
}

export async function runInConsole(page: Page, sql: string, timeout?: number): Promise<ConsoleRun> {
	return finishedRun(page, await startInConsole(page, sql), timeout);
}
