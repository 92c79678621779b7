/**
 * The timeline's filter in the URL (`?kind=border&place=KH-1`), so a filtered timeline can be
 * linked. Read in the browser only (the page is prerendered without a query); a value the page
 * does not offer is dropped, like the explorer's codec does.
 */
export interface TimelineFilter {
	/** '' = every kind. */
	kind: string;
	/** '' = every place. */
	place: string;
}

export const NO_FILTER: TimelineFilter = { kind: '', place: '' };

export function parseFilter(params: URLSearchParams, kinds: readonly string[], places: readonly string[]): TimelineFilter {
	const pick = (name: string, allowed: readonly string[]) => {
		const value = params.get(name) ?? '';
		return allowed.includes(value) ? value : '';
	};
	return { kind: pick('kind', kinds), place: pick('place', places) };
}

/** The query string for a filter: empty when nothing is filtered, defaults left out. */
export function filterQuery(filter: TimelineFilter): string {
	const params = new URLSearchParams();
	if (filter.kind) params.set('kind', filter.kind);
	if (filter.place) params.set('place', filter.place);
	const text = params.toString();
	return text ? `?${text}` : '';
}

export function matches(filter: TimelineFilter, event: { kind: string; within: readonly string[] }): boolean {
	return (!filter.kind || event.kind === filter.kind) && (!filter.place || event.within.includes(filter.place));
}
