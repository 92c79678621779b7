/**
 * What a view of the explorer (and of an embedded chart) shows. It lives in the URL: see
 * urlCodec.ts. `null` / empty means "no filter": all groups, all sexes, all sources, all years.
 */
export const TABS = ['chart', 'map', 'table'] as const;
export type Tab = (typeof TABS)[number];

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface ViewState {
	indicator: string;
	/** Places to show; empty = every place the indicator has figures for. */
	geo: string[];
	population_group: string | null;
	sex: string | null;
	source: string | null;
	/** Inclusive year range; null = all years. */
	years: [number, number] | null;
	tab: Tab;
	/** Show counts as a rate per 100,000 population (where a census population exists). */
	perCapita: boolean;
	/** Colour theme forced by the URL; null = follow prefers-color-scheme. */
	theme: Theme | null;
	/**
	 * The user's own imported figures drawn beside the published ones, as `import_table/indicator`
	 * (the table DuckDB holds in this browser, the indicator code as the file gave it).
	 */
	compare: string[];
}

export const DEFAULT_INDICATOR = 'hiv_prevalence';

export const DEFAULT_VIEW: ViewState = {
	indicator: DEFAULT_INDICATOR,
	geo: [],
	population_group: null,
	sex: null,
	source: null,
	years: null,
	tab: 'chart',
	perCapita: false,
	theme: null,
	compare: []
};
