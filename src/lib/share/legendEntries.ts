/**
 * The key of an exported chart: each series with the style the chart gives it on the page. The
 * style follows the series' index within its chart, exactly as LineChart assigns it. Charts whose
 * key is not one entry per series (categories) turn their page key's items into entries.
 */
import type { LabelledSeries } from '$lib/data/seriesLabel';
import { markerPath, seriesStyle, type SeriesStyle } from '$lib/charts/palette';
import { hasLine } from '$lib/data/series';
import type { LegendEntry } from './svgLegend';

/** One entry as the page's key draws it; `line`: whether the key shows a line (not dots only). */
export function legendEntry(item: { label: string; style: SeriesStyle; line?: boolean }): LegendEntry {
	const { style } = item;
	return { label: item.label, color: style.color, dash: style.dash, marker: markerPath(style.shape, 44), hollow: style.hollow, line: item.line };
}

export function legendEntries(series: readonly LabelledSeries[]): LegendEntry[] {
	return series.map((s, i) =>
		// As the page's key: a line only for series the chart draws as a line.
		legendEntry({ label: s.label, style: seriesStyle(i, s.scope), line: hasLine(s) })
	);
}
