/**
 * Small multiples for the explorer: one panel per (population group, sex), so places are compared
 * inside a panel (same denominator) while groups with very different levels (female sex workers
 * vs all adults) get their own scale. Within a panel every (place, source) is its own series.
 */
import type { PopulationGroup, Sex } from '$lib/data/schema';
import type { Series } from '$lib/data/series';
import { FOCUS_GEOS } from '$lib/data/panels';

export interface GroupPanel<S extends Series = Series> {
	key: string;
	population_group: PopulationGroup;
	sex: Sex;
	series: S[];
	figures: number;
}

const focusRank = (s: Series) => {
	const i = FOCUS_GEOS.indexOf(s.geo_id);
	return i < 0 ? FOCUS_GEOS.length : i;
};

export function groupPanels<S extends Series>(series: readonly S[]): GroupPanel<S>[] {
	const byKey = new Map<string, GroupPanel<S>>();
	for (const s of series) {
		const key = `${s.population_group}|${s.sex}`;
		let panel = byKey.get(key);
		if (!panel) {
			panel = { key, population_group: s.population_group, sex: s.sex, series: [], figures: 0 };
			byKey.set(key, panel);
		}
		panel.series.push(s);
		panel.figures += s.points.length;
	}
	const panels = [...byKey.values()];
	for (const p of panels) {
		// The observatory's places first, then the longest series.
		p.series.sort((a, b) => focusRank(a) - focusRank(b) || b.points.length - a.points.length || a.key.localeCompare(b.key));
	}
	// The whole population first, then the richest panels.
	return panels.sort(
		(a, b) =>
			Number(a.population_group !== 'all' && a.population_group !== 'adults_15_49') -
				Number(b.population_group !== 'all' && b.population_group !== 'adults_15_49') ||
			Number(a.sex !== 'total') - Number(b.sex !== 'total') ||
			b.figures - a.figures ||
			a.key.localeCompare(b.key)
	);
}
