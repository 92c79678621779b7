/**
 * Groups series into panels for small multiples: one panel per (place, population group, sex),
 * holding that combination's series from every source. Panels are ranked so the places this
 * observatory is about come first, then the richest panels.
 */
import type { Observation, PopulationGroup, Sex } from './schema';
import { buildSeries, type MeasureOf, type Series } from './series';
import { splitEditions, type EditionSources } from './editions';

export interface Panel {
	key: string;
	geo_id: string;
	population_group: PopulationGroup;
	sex: Sex;
	series: Series[];
	/** Number of published figures in the panel. */
	figures: number;
}

/** Cambodia, then Banteay Meanchey and its places, in this order. */
export const FOCUS_GEOS: readonly string[] = ['KHM', 'KH-1', 'KH-1:serei-saophoan', 'KH-1:poipet', 'KH-1:poipet-aranyaprathet'];

export function buildPanels(series: readonly Series[]): Panel[] {
	const byKey = new Map<string, Panel>();
	for (const s of series) {
		const key = `${s.geo_id}|${s.population_group}|${s.sex}`;
		let panel = byKey.get(key);
		if (!panel) {
			panel = { key, geo_id: s.geo_id, population_group: s.population_group, sex: s.sex, series: [], figures: 0 };
			byKey.set(key, panel);
		}
		panel.series.push(s);
		panel.figures += s.points.length;
	}
	return [...byKey.values()];
}

function focusRank(geo: string, focus: readonly string[]): number {
	const i = focus.indexOf(geo);
	return i < 0 ? focus.length : i;
}

export function rankPanels(panels: readonly Panel[], focus: readonly string[] = FOCUS_GEOS): Panel[] {
	return [...panels].sort(
		(a, b) =>
			focusRank(a.geo_id, focus) - focusRank(b.geo_id, focus) ||
			// Within a place, the whole population before sub-groups and sexes.
			Number(a.sex !== 'total') - Number(b.sex !== 'total') ||
			b.figures - a.figures ||
			a.key.localeCompare(b.key)
	);
}

/** Number of distinct years with a figure in a panel. */
export function panelYears(p: Panel): number {
	return new Set(p.series.flatMap((s) => s.points.map((q) => q.year))).size;
}

/**
 * Splits panels into those worth a line chart (figures for two or more years; focus places
 * first; at most `max`) and single-year panels, which read better as rows of a dot plot than as
 * one dot on an empty time axis. When no panel spans two years, the first single-year panel is
 * charted anyway so every indicator has a chart. `omitted` counts multi-year panels left out.
 */
export function chartPanels(
	panels: readonly Panel[],
	max = 6,
	focus: readonly string[] = FOCUS_GEOS
): { shown: Panel[]; single: Panel[]; omitted: number } {
	const ranked = rankPanels(panels, focus);
	const multi = ranked.filter((p) => panelYears(p) > 1);
	const single = ranked.filter((p) => panelYears(p) <= 1);
	const shown = multi.length ? multi.slice(0, max) : single.splice(0, 1);
	return { shown, single, omitted: multi.length - Math.min(multi.length, max) };
}

/**
 * The panels an indicator page draws from that indicator's figures (and the events pages mark on
 * them): only the latest edition of a repeated estimate, so every caller numbers panels alike.
 * `measureOf` says which figures a line may join (see series.ts).
 */
export function indicatorPanels(rows: readonly Observation[], sources: EditionSources, measureOf?: MeasureOf): ReturnType<typeof chartPanels> {
	return chartPanels(buildPanels(buildSeries(splitEditions(rows, sources).latest, measureOf)));
}
