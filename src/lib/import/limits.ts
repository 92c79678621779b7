/**
 * How big a file the importer takes. Parsing streams, but the imported table itself lives in the
 * tab's memory (worker, DuckDB, IndexedDB copy), so the limit protects the tab, not the parser.
 */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

/** 1536 → "1.5 KB", 209715200 → "200 MB". */
export function formatBytes(n: number): string {
	if (n < 1024) return `${n} bytes`;
	const units = ['KB', 'MB', 'GB'];
	let v = n / 1024;
	let u = 0;
	while (v >= 1024 && u < units.length - 1) {
		v /= 1024;
		u++;
	}
	return `${v >= 10 || Number.isInteger(v) ? Math.round(v) : v.toFixed(1)} ${units[u]}`;
}
