/**
 * What the explorer's chart draws of a very dense view. A few dozen lines in a dozen panels are
 * the most anyone can read (and thousands of SVG marks took seconds to draw at 10 million rows),
 * so beyond MAX_PANELS panels or MAX_SERIES series in a panel the chart draws the first ones in
 * groupPanels' order (whole population first, then the richest panels; within a panel the
 * observatory's places first, then the series with most figures) and says exactly what it left
 * out. Nothing is dropped from the data: the table tab and the CSV still have every figure.
 * The published data has at most 4 panels and 35 series in a panel, so it is never capped.
 */
import type { Series } from '$lib/data/series';
import type { GroupPanel } from './groupPanels';

export const MAX_PANELS = 12;
export const MAX_SERIES = 40;

export interface CappedPanels<S extends Series> {
	/** The panels drawn, each with the series drawn. */
	panels: GroupPanel<S>[];
	/** What is not drawn; all zero when everything is. */
	hidden: { panels: number; series: number; figures: number };
}

export function capPanels<S extends Series>(
	panels: readonly GroupPanel<S>[],
	maxPanels = MAX_PANELS,
	maxSeries = MAX_SERIES
): CappedPanels<S> {
	const hidden = { panels: Math.max(0, panels.length - maxPanels), series: 0, figures: 0 };
	const shown: GroupPanel<S>[] = [];
	panels.forEach((panel, i) => {
		const keep = i < maxPanels ? panel.series.slice(0, maxSeries) : [];
		const dropped = panel.series.slice(keep.length);
		hidden.series += dropped.length;
		hidden.figures += dropped.reduce((n, s) => n + s.points.length, 0);
		if (keep.length === panel.series.length) shown.push(panel);
		else if (keep.length) shown.push({ ...panel, series: keep, figures: keep.reduce((n, s) => n + s.points.length, 0) });
	});
	return { panels: shown, hidden };
}

const plural = (n: number, word: string, many = `${word}s`) => `${n.toLocaleString('en')} ${n === 1 ? word : many}`;

/** The sentence under a capped chart; null when everything is drawn. */
export function cappedNote(hidden: CappedPanels<Series>['hidden'], maxPanels = MAX_PANELS, maxSeries = MAX_SERIES): string | null {
	if (hidden.series === 0) return null;
	const panels = hidden.panels ? `, including ${plural(hidden.panels, 'whole panel')} (groups and sexes)` : '';
	return (
		`Not drawn: ${plural(hidden.series, 'series', 'series')} with ${plural(hidden.figures, 'figure')}${panels}. ` +
		`This view is too dense to read as one chart, so it draws at most ${maxPanels} panels (the whole population first, ` +
		`then the groups with most figures) and ${maxSeries} series in a panel (the observatory's places first, then the ` +
		`series with most figures). Narrow the filter (a place, group, sex or source), or see every figure in the table.`
	);
}
