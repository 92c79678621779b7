/**
 * The view after the user picks another indicator: places stay (they are what the user is
 * comparing); a group, sex, source or year range the new indicator has no figures for is
 * cleared rather than leaving an empty chart; a rate per 100,000 stays only for counts.
 */
import type { ViewState } from '$lib/state/viewState';
import type { ExploreCatalog } from './exploreCatalog';
import { perCapitaApplies } from './perCapita';

export function changeIndicator(view: ViewState, indicatorId: string, explore: ExploreCatalog): ViewState {
	const coverage = explore.coverage[indicatorId];
	const indicator = explore.indicators.find((i) => i.indicator_id === indicatorId);
	if (!coverage || !indicator) return view;
	const keep = (value: string | null, allowed: string[]) => (value !== null && allowed.includes(value) ? value : null);
	const overlaps = view.years !== null && view.years[0] <= coverage.years[1] && view.years[1] >= coverage.years[0];
	return {
		...view,
		indicator: indicatorId,
		population_group: keep(view.population_group, coverage.groups),
		sex: keep(view.sex, coverage.sexes),
		source: keep(view.source, coverage.sources),
		years: overlaps ? view.years : null,
		perCapita: view.perCapita && perCapitaApplies(indicator.unit, indicator.domain)
	};
}
