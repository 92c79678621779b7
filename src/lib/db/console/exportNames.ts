/**
 * Column names for export files. A query may return the same name twice (`SELECT a, a`), which
 * Parquet and most CSV readers reject or silently merge, so repeats get `_2`, `_3`, ….
 */
export function exportNames(names: readonly string[]): string[] {
	const seen = new Set<string>();
	return names.map((name) => {
		let unique = name || 'column';
		for (let n = 2; seen.has(unique); n++) unique = `${name || 'column'}_${n}`;
		seen.add(unique);
		return unique;
	});
}
