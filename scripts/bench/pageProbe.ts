/**
 * Injected into every benchmarked page before its own scripts (addInitScript): records, in
 * `window.__bench`, when things happen, in ms since navigation start (performance.now()):
 * - `firstChart`: a chart SVG is in the page and has been painted (two animation frames later);
 * - `dbLoading`, `dbReady`, `dbError`: `<html data-db>` changes;
 * - `firstResult`: the SQL console shows its first result line.
 * Plain JavaScript source on purpose: a TypeScript function would be serialised with the
 * transpiler's helpers (tsx adds `__name(…)`), which do not exist in the page.
 */
export const PAGE_PROBE = `(() => {
	const marks = {};
	window.__bench = marks;
	const mark = (name) => { if (marks[name] === undefined) marks[name] = performance.now(); };
	let chartSeen = false;
	const check = () => {
		if (!chartSeen) {
			const svg = document.querySelector('main svg[role="img"]');
			if (svg && svg.getBoundingClientRect().width > 0) {
				chartSeen = true;
				requestAnimationFrame(() => requestAnimationFrame(() => mark('firstChart')));
			}
		}
		const db = document.documentElement && document.documentElement.dataset.db;
		if (db === 'loading') mark('dbLoading');
		if (db === 'ready') mark('dbReady');
		if (db === 'error') mark('dbError');
		if (document.querySelector('.summary [data-rows]')) mark('firstResult');
	};
	new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
	document.addEventListener('DOMContentLoaded', check);
})();`;

export type ProbeMarks = Partial<Record<'firstChart' | 'dbLoading' | 'dbReady' | 'dbError' | 'firstResult', number>>;
