/**
 * The key of an exported chart: each series with the style the chart gives it on the page. The
 * style follows the series' index within its chart, exactly as LineChart assigns it.
 */
import type { LabelledSeries } from '$lib/data/seriesLabel';
import { markerPath, seriesStyle } from '$lib/charts/palette';
import { consecutiveRuns } from '$lib/data/series';
import type { LegendEntry } from './svgLegend';

export function legendEntries(series: readonly LabelledSeries[]): LegendEntry[] {
	return series.map((s, i) => {
		const style = seriesStyle(i, s.scope);
		return {
			label: s.label,
			color: style.color,
			dash: style.dash,
			marker: markerPath(style.shape, 44),
			hollow: style.hollow,
			// As the page's key: a line only for series the chart draws as a line.
			line: consecutiveRuns(s.points).some((run) => run.length > 1)
		};
	});
}
