/**
 * The charts each event marks, as links: the panel of an indicator page (/indicators/<id>/#panel-<i>)
 * and the place pages' border charts (/places/KH-1/#returns). Worked out with the same selection
 * the charts use (eventsForChart), so a link never points at a chart without the marker.
 */
import type { Catalog } from '$lib/data/catalog';
import { indicatorPanels } from '$lib/data/panels';
import { panelEvents } from '$lib/events/panelEvents';
import { buildBorderSection } from '$lib/places/borderSection';
import { BORDER_CHARTS, BORDER_HOME, borderChartPath } from '$lib/places/borderCharts';

export interface ChartLink {
	/** A path after the site's base. */
	href: string;
	label: string;
}

export function chartLinks(catalog: Catalog): Map<string, ChartLink[]> {
	const links = new Map<string, ChartLink[]>(catalog.events.map((e) => [e.event_id, []]));
	const named = new Set(catalog.events.flatMap((e) => e.indicator_ids));
	for (const indicator of catalog.indicators.filter((i) => named.has(i.indicator_id))) {
		const { shown } = indicatorPanels(catalog.observationsByIndicator.get(indicator.indicator_id) ?? [], catalog.sourceById);
		const perPanel = panelEvents(catalog.events, indicator.indicator_id, shown, catalog.geoById);
		const linked = new Set<string>();
		perPanel.forEach((events, i) => {
			for (const e of events.filter((e) => !linked.has(e.event_id))) {
				linked.add(e.event_id);
				links.get(e.event_id)!.push({ href: `/indicators/${indicator.indicator_id}/#panel-${i}`, label: indicator.name });
			}
		});
	}
	const border = buildBorderSection(catalog);
	const home = catalog.geoById.get(BORDER_HOME)?.name ?? BORDER_HOME;
	for (const chart of BORDER_CHARTS) {
		for (const e of border.chartEvents[chart.id]) links.get(e.event_id)!.push({ href: borderChartPath(chart), label: `${chart.heading} (${home})` });
	}
	return links;
}
