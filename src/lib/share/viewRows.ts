/**
 * The figures a chart draws for a view of one indicator: the explorer's filter, then rates per
 * 100,000 when asked for and possible (with the census used, which the chart must state).
 */
import type { Observation } from '$lib/data/schema';
import { filterObservations } from '$lib/explore/filterObservations';
import { perCapitaApplies, toPerCapita, type PerCapitaResult } from '$lib/explore/perCapita';
import type { ViewState } from '$lib/state/viewState';
import type { ChartSlice } from './chartSlice';

export interface ViewRows {
	rows: Observation[];
	/** Set when the figures were converted to rates per 100,000. */
	perCapita: PerCapitaResult | null;
}

export function viewRows(slice: ChartSlice, view: ViewState): ViewRows {
	const rows = filterObservations(slice.observations, { ...view, indicator: slice.indicator.indicator_id });
	if (!view.perCapita || !perCapitaApplies(slice.indicator.unit, slice.indicator.domain)) {
		return { rows, perCapita: null };
	}
	const perCapita = toPerCapita(rows, slice.census);
	return { rows: perCapita.rows, perCapita };
}
