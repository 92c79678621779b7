/**
 * The explorer's view state <-> URL query string. Pure; used by /explore/ and /embed/.
 *
 *   ?indicator=hiv_prevalence&geo=KH-1~KHM&group=few&sex=female&source=…&years=2008..2024&tab=map&per=100k
 *   &cmp=import_wdi/SH.DYN.AIDS.ZS   (the user's own imports: checked for shape here, for existence in the page)
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

const PARAMS = ['indicator', 'geo', 'group', 'sex', 'source', 'years', 'tab', 'per', 'theme', 'cmp'] as const;
const YEAR_RANGE = /^(\d{4})\.\.(\d{4})$/;
const MAX_PLACES = 40;
const MAX_COMPARE = 4;
/** An import table (see $lib/import/importName) and an indicator code of up to 200 characters. */
const COMPARE = /^import_[a-z0-9_]+\/[^~]{1,200}$/;

export function parseView(params: URLSearchParams, known: KnownCodes): ParsedView {
	const view: ViewState = { ...DEFAULT_VIEW, geo: [], compare: [] };
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

	const cmp = params.get('cmp');
	if (cmp !== null) {
		for (const entry of cmp.split('~').filter(Boolean)) {
			if (!COMPARE.test(entry)) drop('cmp', entry, 'expected IMPORT/INDICATOR, e.g. import_wdi/SH.DYN.AIDS.ZS');
			else if (view.compare.includes(entry)) continue;
			else if (view.compare.length >= MAX_COMPARE) drop('cmp', entry, `more than ${MAX_COMPARE} imported series`);
			else view.compare.push(entry);
		}
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
	if (view.compare.length > 0) params.set('cmp', view.compare.join('~'));
	return params;
}

/**
 * `?…` for a view, or '' for the default view. `~`, `:` (in place ids such as KH-1:poipet) and `/`
 * (in imported series) are kept readable: none needs escaping in a query string.
 */
export function viewQuery(view: ViewState): string {
	const query = serializeView(view).toString().replaceAll('%7E', '~').replaceAll('%3A', ':').replaceAll('%2F', '/');
	return query ? `?${query}` : '';
}
