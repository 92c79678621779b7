/**
 * Absolute links to a view: the explorer permalink and the embed page. `siteUrl` is the site's
 * origin plus its base path (e.g. "https://example.org/observatory"), known only in the browser;
 * during prerender pass a relative base and the links stay relative.
 */
import { viewQuery } from '$lib/state/urlCodec';
import { DEFAULT_VIEW, type ViewState } from '$lib/state/viewState';

function join(siteUrl: string, path: string): string {
	return `${siteUrl.replace(/\/+$/, '')}${path}`;
}

export function exploreUrl(siteUrl: string, view: ViewState): string {
	return join(siteUrl, `/explore/${viewQuery(view)}`);
}

/**
 * The indicator is in the path (one prerendered page per indicator), so it is left out of the
 * query. The tab is always the chart: an embed shows a chart and its table.
 */
export function embedUrl(siteUrl: string, view: ViewState): string {
	const rest: ViewState = { ...view, indicator: DEFAULT_VIEW.indicator, tab: DEFAULT_VIEW.tab };
	return join(siteUrl, `/embed/${encodeURIComponent(view.indicator)}/${viewQuery(rest)}`);
}
