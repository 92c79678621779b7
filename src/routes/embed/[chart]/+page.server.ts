// One prerendered embed page per indicator with figures; the view in the query is applied in the browser.
import { error } from '@sveltejs/kit';
import { loadCatalog } from '$lib/server/loadCatalog';
import { chartSlice, embeddableCharts } from '$lib/share/chartSlice';
import { dataAsOf } from '$lib/share/dataAsOf';

export function entries() {
	return embeddableCharts(loadCatalog()).map((chart) => ({ chart }));
}

export function load({ params }) {
	const catalog = loadCatalog();
	const slice = chartSlice(catalog, params.chart);
	if (!slice) error(404, `Unknown chart ${params.chart}`);
	return { slice, dataAsOf: dataAsOf(catalog.sources) ?? new Date().toISOString().slice(0, 10) };
}
