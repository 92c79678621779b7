/**
 * Plain-language text alternative for a chart, generated from its data: what is shown, the first
 * and last year and value of the main series, the direction of change and the source.
 */
import { formatValue } from '$lib/data/format';
import type { LabelledSeries } from '$lib/data/seriesLabel';
import { yearExtent } from '$lib/data/series';

function direction(first: number, last: number): string {
	if (Math.abs(last - first) <= Math.abs(first) * 0.02) return 'about the same';
	return last > first ? 'up' : 'down';
}

export function describeSeries(series: readonly LabelledSeries[], subject: string): string {
	const extent = yearExtent(series);
	if (!extent || series.length === 0) return `${subject}: no published figures.`;
	const count = series.reduce((n, s) => n + s.points.length, 0);
	const main = series[0];
	const first = main.points[0];
	const last = main.points.at(-1)!;
	const unit = main.unit;
	const sources = new Set(series.map((s) => s.source_id)).size;
	const years = extent[0] === extent[1] ? `${extent[0]}` : `${extent[0]} to ${extent[1]}`;
	const scope = `${count} published figure${count === 1 ? '' : 's'} from ${sources} source${sources === 1 ? '' : 's'}, ${years}`;
	const who = main.label === main.sourceLabel ? main.sourceLabel : `${main.label} (${main.sourceLabel})`;
	if (count === 1) return `${subject}: one published figure, ${formatValue(first.value, unit)} in ${first.year} (${main.sourceLabel}).`;
	if (main.points.length === 1) {
		return `${subject}: ${scope}, each source shown separately; ${who} gives ${formatValue(last.value, unit)} in ${last.year}.`;
	}
	const peak = main.points.reduce((a, b) => (b.value > a.value ? b : a));
	const peakText =
		peak !== first && peak !== last ? `, peaking at ${formatValue(peak.value, unit)} in ${peak.year}` : '';
	const others = series.length > 1 ? `; ${series.length - 1} other series shown separately` : '';
	return (
		`${subject}: ${scope}. ${who} goes ${direction(first.value, last.value)} from ` +
		`${formatValue(first.value, unit)} in ${first.year} to ${formatValue(last.value, unit)} in ${last.year}${peakText}${others}.`
	);
}
