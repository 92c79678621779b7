/**
 * Filter changes on /explore/, measured the way a user makes them: pick another indicator in the
 * explorer's select, and time until the panel shows that view from DuckDB and has painted.
 * Relies on the explorer's markers: `[data-testid=indicator]` (the select) and
 * `[data-testid=explore-panel]` with `data-view-key` and `data-origin` ('duckdb' once DuckDB
 * answered, 'fallback' when the page filtered its JSON instead — not counted).
 * Returns null when the page has no such markers (the explorer changed): adapt the selectors
 * here and the table keeps its "filter change" rows.
 */
import type { Page } from 'playwright-core';
import { INDICATORS } from './benchQueries';

/** Opens /explore/ for one place (so a view is a realistic slice at every data size). */
export async function measureExploreFilterChanges(page: Page, siteUrl: string, changes: number): Promise<number[] | null> {
	await page.goto(`${siteUrl}/explore/?geo=KHM`);
	const panel = '[data-testid="explore-panel"]';
	try {
		await page.waitForSelector(`${panel}[data-origin="duckdb"]`, { timeout: 120_000 });
	} catch {
		return null;
	}
	const times: number[] = [];
	for (let k = 0; k < changes; k++) {
		const current = await page.inputValue('[data-testid="indicator"]');
		const next = INDICATORS.filter((id) => id !== current)[k % (INDICATORS.length - 1)];
		const ms = await page.evaluate(async (indicator) => {
			const select = document.querySelector<HTMLSelectElement>('[data-testid="indicator"]')!;
			const before = document.querySelector<HTMLElement>('[data-testid="explore-panel"]')?.dataset.viewKey;
			const done = new Promise<void>((resolve) => {
				const observer = new MutationObserver(() => {
					const p = document.querySelector<HTMLElement>('[data-testid="explore-panel"]');
					if (p && p.dataset.viewKey !== before && p.dataset.origin === 'duckdb') {
						observer.disconnect();
						requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
					}
				});
				observer.observe(document.body, { subtree: true, attributes: true, childList: true });
			});
			const started = performance.now();
			select.value = indicator;
			select.dispatchEvent(new Event('change', { bubbles: true }));
			const gaveUp = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 60_000));
			return (await Promise.race([done, gaveUp])) === 'timeout' ? null : performance.now() - started;
		}, next);
		if (ms !== null) times.push(ms);
	}
	return times;
}
