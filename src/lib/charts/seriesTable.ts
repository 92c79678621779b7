/**
 * The rows and columns of a line chart's table alternative: one row per figure drawn, with its
 * series, reference period in words ("January – June 2025", not only the year), value, published
 * interval and a link to its source.
 */
import { formatInterval, formatValue } from '$lib/data/format';
import { periodLabel } from '$lib/data/periodLabel';
import type { LabelledSeries } from '$lib/data/seriesLabel';
import type { Cell, Column } from '$lib/components/DataTable.svelte';

export const SERIES_TABLE_COLUMNS: Column[] = [
	{ key: 'series', label: 'Series' },
	{ key: 'period', label: 'Period' },
	{ key: 'value', label: 'Value', numeric: true },
	{ key: 'interval', label: 'Interval', numeric: true },
	{ key: 'source', label: 'Source' }
];

/** `base` is the site's path prefix, for the links to /sources/. */
export function seriesTableRows(series: LabelledSeries[], base: string): Record<string, Cell>[] {
	return series.flatMap((s) =>
		s.points.map((p) => ({
			series: s.label,
			period: periodLabel(p.period),
			value: formatValue(p.value, s.unit),
			interval: formatInterval(p.lower, p.upper, s.unit),
			source: { text: s.sourceLabel, href: `${base}/sources/#${s.source_id}` }
		}))
	);
}
