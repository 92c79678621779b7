/**
 * The explorer view that reproduces a set of series drawn elsewhere (a panel of an indicator page,
 * a chart in a report): its places, and its population group and sex when all series share them.
 * Sources are never narrowed, so the view shows every source for those places, as the panel does.
 */
import type { Series } from '$lib/data/series';
import { DEFAULT_VIEW, type ViewState } from '$lib/state/viewState';

function only<T>(values: T[]): T | null {
	const unique = [...new Set(values)];
	return unique.length === 1 ? unique[0] : null;
}

export function seriesView(indicatorId: string, series: readonly Pick<Series, 'geo_id' | 'population_group' | 'sex'>[]): ViewState {
	return {
		...DEFAULT_VIEW,
		indicator: indicatorId,
		geo: [...new Set(series.map((s) => s.geo_id))],
		population_group: only(series.map((s) => s.population_group)),
		sex: only(series.map((s) => s.sex))
	};
}

/** The explorer view of single figures (a dot plot): their places, group and sex, and their year when they share one. */
export function figuresView(
	indicatorId: string,
	figures: readonly (Pick<Series, 'geo_id' | 'population_group' | 'sex'> & { year: number })[]
): ViewState {
	const year = only(figures.map((f) => f.year));
	return { ...seriesView(indicatorId, figures), years: year === null ? null : [year, year] };
}
