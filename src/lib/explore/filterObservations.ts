/**
 * The figures a view shows, filtered in plain TypeScript. Used for the prerendered default view
 * and as the fallback when DuckDB-WASM cannot start; `db/queries/exploreObservations.ts` applies
 * the same filter in SQL. Both are tested against the same cases.
 */
import type { Observation } from '$lib/data/schema';
import type { ViewState } from '$lib/state/viewState';

export type ViewFilter = Pick<ViewState, 'indicator' | 'geo' | 'population_group' | 'sex' | 'source' | 'years'>;

export function matchesView(o: Observation, view: ViewFilter): boolean {
	if (o.indicator_id !== view.indicator) return false;
	if (view.geo.length > 0 && !view.geo.includes(o.geo_id)) return false;
	if (view.population_group !== null && o.population_group !== view.population_group) return false;
	if (view.sex !== null && o.sex !== view.sex) return false;
	if (view.source !== null && o.source_id !== view.source) return false;
	if (view.years !== null && (o.year < view.years[0] || o.year > view.years[1])) return false;
	return true;
}

/** Matching figures in a stable order (place, group, sex, source, period) so tables never jump. */
export function filterObservations(rows: readonly Observation[], view: ViewFilter): Observation[] {
	return rows.filter((o) => matchesView(o, view)).sort(compareObservations);
}

export function compareObservations(a: Observation, b: Observation): number {
	return (
		a.geo_id.localeCompare(b.geo_id) ||
		a.population_group.localeCompare(b.population_group) ||
		a.sex.localeCompare(b.sex) ||
		a.source_id.localeCompare(b.source_id) ||
		a.period_start.localeCompare(b.period_start) ||
		a.period_end.localeCompare(b.period_end)
	);
}
