/**
 * A few series to chart in the preview: the indicator with the most figures, and within it the
 * longest series (place × sex × source) — of the observatory's own places when the file has any,
 * so a WDI file shows Cambodia and its neighbours rather than world regions. Small on purpose — the preview shows
 * what was read, the full table goes to DuckDB.
 */
import type { ImportRow } from './importRow';
import type { TableBuilder } from './tableBuilder';

export function previewRows(builder: TableBuilder, maxSeries = 6): ImportRow[] {
	const b = builder;
	const top = builder.summary().indicators[0]?.indicator_id;
	if (top === undefined) return [];
	const groups = new Map<string, number[]>();
	for (let i = 0; i < builder.size; i++) {
		if (b.get('indicator_id', i) !== top) continue;
		const key = [b.get('geo_id', i), b.get('sex', i), b.get('population_group', i), b.get('source', i)].join('|');
		const g = groups.get(key);
		if (g) g.push(i);
		else groups.set(key, [i]);
	}
	const all = [...groups.values()];
	const known = all.filter((g) => b.get('geo_known', g[0]));
	const chosen = (known.length ? known : all).sort((a, b) => b.length - a.length).slice(0, maxSeries);
	return chosen.flatMap((g) => g.slice(0, 400).map((i) => builder.row(i)));
}
