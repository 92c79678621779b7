/**
 * Checks a parsed view against what the data can show, after the URL codec has checked the
 * codes: a rate per 100,000 asked for an indicator that is not a count is dropped with a reason,
 * like any other parameter the view cannot honour.
 */
import type { ParsedView } from '$lib/state/urlCodec';
import type { ExploreCatalog } from './exploreCatalog';
import { perCapitaApplies } from './perCapita';

export function checkView(parsed: ParsedView, explore: Pick<ExploreCatalog, 'indicators'>): ParsedView {
	const { view, dropped } = parsed;
	const indicator = explore.indicators.find((i) => i.indicator_id === view.indicator);
	if (view.perCapita && indicator && !perCapitaApplies(indicator.unit, indicator.domain)) {
		return {
			view: { ...view, perCapita: false },
			dropped: [...dropped, { param: 'per', value: '100k', reason: `${indicator.name} is not a count, so it has no rate per 100,000` }]
		};
	}
	return parsed;
}
