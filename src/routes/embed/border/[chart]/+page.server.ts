// One prerendered embed page per border chart (the section is the same on every border profile).
import { error } from '@sveltejs/kit';
import { loadCatalog } from '$lib/server/loadCatalog';
import { buildBorderSection } from '$lib/places/borderSection';
import { BORDER_CHARTS, borderChart } from '$lib/places/borderCharts';

export function entries() {
	return BORDER_CHARTS.map((c) => ({ chart: c.id }));
}

export function load({ params }) {
	const chart = borderChart(params.chart);
	if (!chart) error(404, `Unknown border chart ${params.chart}`);
	const catalog = loadCatalog();
	const border = buildBorderSection(catalog);
	const rows = chart.rows(border);
	const used = new Set(rows.map((o) => o.source_id));
	const geos = new Set(rows.map((o) => o.geo_id));
	return {
		chartId: chart.id,
		rows,
		events: border.chartEvents[chart.id],
		measures: Object.fromEntries(catalog.indicators.map((i) => [i.indicator_id, i.measure])),
		sources: border.sources.filter((s) => used.has(s.source_id)),
		geoNames: Object.fromEntries(catalog.geo.filter((g) => geos.has(g.geo_id)).map((g) => [g.geo_id, g.name])),
	};
}
