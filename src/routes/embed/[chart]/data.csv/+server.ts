// The figures of the embed's default view as CSV (figuresCsv, the same file format as the share panel's download), prerendered.
import { error } from '@sveltejs/kit';
import { loadCatalog } from '$lib/server/loadCatalog';
import { chartSlice, embeddableCharts } from '$lib/share/chartSlice';
import { figuresCsv } from '$lib/data/figuresCsv';
import { viewRows } from '$lib/share/viewRows';
import { DEFAULT_VIEW } from '$lib/state/viewState';

export const prerender = true;

export function entries() {
	return embeddableCharts(loadCatalog()).map((chart) => ({ chart }));
}

export function GET({ params }) {
	const catalog = loadCatalog();
	const slice = chartSlice(catalog, params.chart);
	if (!slice) error(404, `Unknown chart ${params.chart}`);
	const { rows } = viewRows(slice, { ...DEFAULT_VIEW, indicator: slice.indicator.indicator_id });
	const csv = figuresCsv(rows, catalog);
	return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
