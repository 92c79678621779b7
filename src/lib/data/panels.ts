/**
 * Groups series into panels for small multiples: one panel per (place, population group, sex),
 * holding that combination's series from every source. Panels are ranked so the places this
 * observatory is about come first, then the richest panels.
 */
import type { PopulationGroup, Sex } from './schema';
import type { Series } from './series';

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

/**
 * The panels worth a chart: every focus place, and elsewhere panels with figures for more than
 * one year; at most `max`. The rest stay in the table (their count is returned).
 */
export function chartPanels(
	panels: readonly Panel[],
	max = 6,
	focus: readonly string[] = FOCUS_GEOS
): { shown: Panel[]; omitted: number } {
	const ranked = rankPanels(panels, focus);
	const years = (p: Panel) => new Set(p.series.flatMap((s) => s.points.map((q) => q.year))).size;
	let eligible = ranked.filter((p) => focus.includes(p.geo_id) || years(p) > 1);
	if (eligible.length === 0) eligible = ranked;
	const shown = eligible.slice(0, max);
	return { shown, omitted: panels.length - shown.length };
}
