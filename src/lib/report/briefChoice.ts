/**
 * What a donor brief covers: one place and a list of indicators, read from the report form's GET
 * query (`?place=KH-1&indicator=hiv_prevalence&indicator=art_coverage`). Unknown codes are dropped
 * with a reason, like the explorer's URL codec: a half-wrong link still opens the half that is right.
 */
import type { DroppedParam } from '$lib/state/urlCodec';

export interface BriefChoice {
	place: string;
	indicators: string[];
}

export interface BriefCodes {
	places: ReadonlySet<string>;
	indicators: ReadonlySet<string>;
}

export const DEFAULT_PLACE = 'KH-1';
const PARAMS = new Set(['place', 'indicator']);

/**
 * `fallback` gives the indicators when the query names none (the default brief of the place).
 * Returns null when the query is empty: the prerendered default brief already shows it.
 */
export function parseBriefChoice(
	params: URLSearchParams,
	codes: BriefCodes,
	fallback: (place: string) => string[]
): { choice: BriefChoice; dropped: DroppedParam[] } | null {
	if ([...params.keys()].length === 0) return null;
	const dropped: DroppedParam[] = [];
	for (const [param, value] of params) if (!PARAMS.has(param)) dropped.push({ param, value, reason: 'unknown parameter' });

	let place = DEFAULT_PLACE;
	const asked = params.get('place');
	if (asked !== null) {
		if (codes.places.has(asked)) place = asked;
		else dropped.push({ param: 'place', value: asked, reason: 'no figures for this place' });
	}
	const indicators: string[] = [];
	for (const id of params.getAll('indicator')) {
		if (!codes.indicators.has(id)) dropped.push({ param: 'indicator', value: id, reason: 'unknown indicator' });
		else if (!indicators.includes(id)) indicators.push(id);
	}
	return { choice: { place, indicators: indicators.length > 0 ? indicators : fallback(place) }, dropped };
}

export function briefQuery(choice: BriefChoice): string {
	const params = new URLSearchParams({ place: choice.place });
	for (const id of choice.indicators) params.append('indicator', id);
	return `?${params}`;
}
