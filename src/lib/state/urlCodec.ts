/**
 * The explorer's view state <-> URL query string. Pure; used by /explore/ and /embed/.
 *
 *   ?indicator=hiv_prevalence&geo=KH-1~KHM&group=few&sex=female&source=…&years=2008..2024&tab=map&per=100k
 *
 * Defaults are left out, so the shortest URL is the default view. Lists use `~` rather than
 * commas or spaces because `~` is unreserved in URLs and never needs escaping (OWID chose it
 * for the same reason). Unknown or malformed parameters are dropped and reported, never thrown:
 * a link that is half wrong still opens the half that is right.
 */
import { DEFAULT_VIEW, TABS, THEMES, type Tab, type Theme, type ViewState } from './viewState';

/** The codes the data knows; a parameter naming anything else is dropped. */
export interface KnownCodes {
	indicators: ReadonlySet<string>;
	geos: ReadonlySet<string>;
	populationGroups: ReadonlySet<string>;
	sexes: ReadonlySet<string>;
	sources: ReadonlySet<string>;
}

export interface DroppedParam {
	param: string;
	value: string;
	reason: string;
}

export interface ParsedView {
	view: ViewState;
	dropped: DroppedParam[];
}

const PARAMS = ['indicator', 'geo', 'group', 'sex', 'source', 'years', 'tab', 'per', 'theme'] as const;
const YEAR_RANGE = /^(\d{4})\.\.(\d{4})$/;
const MAX_PLACES = 40;

export function parseView(params: URLSearchParams, known: KnownCodes): ParsedView {
	const view: ViewState = { ...DEFAULT_VIEW, geo: [] };
	const dropped: DroppedParam[] = [];
	const drop = (param: string, value: string, reason: string) => dropped.push({ param, value, reason });

	for (const [param, value] of params) {
		if (!(PARAMS as readonly string[]).includes(param)) drop(param, value, 'unknown parameter');
	}

	const indicator = params.get('indicator');
	if (indicator !== null) {
		if (known.indicators.has(indicator)) view.indicator = indicator;
		else drop('indicator', indicator, 'unknown indicator');
	}

	const geo = params.get('geo');
	if (geo !== null) {
		for (const id of geo.split('~').filter(Boolean)) {
			if (!known.geos.has(id)) drop('geo', id, 'unknown place');
			else if (view.geo.includes(id)) continue;
			else if (view.geo.length >= MAX_PLACES) drop('geo', id, `more than ${MAX_PLACES} places`);
			else view.geo.push(id);
		}
	}

	const code = (param: string, set: ReadonlySet<string>, what: string): string | null => {
		const value = params.get(param);
		if (value === null) return null;
		if (set.has(value)) return value;
		drop(param, value, `unknown ${what}`);
		return null;
	};
	view.population_group = code('group', known.populationGroups, 'population group');
	view.sex = code('sex', known.sexes, 'sex');
	view.source = code('source', known.sources, 'source');

	const years = params.get('years');
	if (years !== null) {
		const match = YEAR_RANGE.exec(years);
		const from = Number(match?.[1]);
		const to = Number(match?.[2]);
		if (!match) drop('years', years, 'expected FROM..TO, e.g. 2008..2024');
		else if (from > to) drop('years', years, 'first year is after the last');
		else view.years = [from, to];
	}

	const tab = params.get('tab');
	if (tab !== null) {
		if ((TABS as readonly string[]).includes(tab)) view.tab = tab as Tab;
		else drop('tab', tab, `expected one of ${TABS.join(', ')}`);
	}

	const per = params.get('per');
	if (per !== null) {
		if (per === '100k') view.perCapita = true;
		else drop('per', per, 'expected 100k');
	}

	const theme = params.get('theme');
	if (theme !== null) {
		if ((THEMES as readonly string[]).includes(theme)) view.theme = theme as Theme;
		else drop('theme', theme, `expected one of ${THEMES.join(', ')}`);
	}

	return { view, dropped };
}

/** The query string for a view, defaults omitted, in a stable parameter order. */
export function serializeView(view: ViewState): URLSearchParams {
	const params = new URLSearchParams();
	if (view.indicator !== DEFAULT_VIEW.indicator) params.set('indicator', view.indicator);
	if (view.geo.length > 0) params.set('geo', view.geo.join('~'));
	if (view.population_group !== null) params.set('group', view.population_group);
	if (view.sex !== null) params.set('sex', view.sex);
	if (view.source !== null) params.set('source', view.source);
	if (view.years !== null) params.set('years', `${view.years[0]}..${view.years[1]}`);
	if (view.tab !== DEFAULT_VIEW.tab) params.set('tab', view.tab);
	if (view.perCapita) params.set('per', '100k');
	if (view.theme !== null) params.set('theme', view.theme);
	return params;
}

/**
 * `?…` for a view, or '' for the default view. `~` and `:` (in place ids such as KH-1:poipet) are
 * kept readable: neither needs escaping in a query string.
 */
export function viewQuery(view: ViewState): string {
	const query = serializeView(view).toString().replaceAll('%7E', '~').replaceAll('%3A', ':');
	return query ? `?${query}` : '';
}
