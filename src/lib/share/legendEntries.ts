/**
 * The key of an exported chart: each series with the style the chart gives it on the page. The
 * style follows the series' index within its chart, exactly as LineChart assigns it.
 */
import type { LabelledSeries } from '$lib/data/seriesLabel';
import { markerPath, seriesStyle } from '$lib/charts/palette';
import type { LegendEntry } from './svgLegend';

export function legendEntries(series: readonly LabelledSeries[]): LegendEntry[] {
	return series.map((s, i) => {
		const style = seriesStyle(i, s.scope);
		return { label: s.label, color: style.color, dash: style.dash, marker: markerPath(style.shape, 44), hollow: style.hollow };
	});
}
