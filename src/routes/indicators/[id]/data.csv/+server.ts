/** Prerendered CSV of one indicator's figures, each row with its full source citation. */
import { error } from '@sveltejs/kit';
import { loadCatalog } from '$lib/server/loadCatalog';
import { figuresCsv } from '$lib/data/figuresCsv';

export const prerender = true;

export function entries() {
	return loadCatalog().indicators.map((d) => ({ id: d.indicator_id }));
}

export function GET({ params }) {
	const catalog = loadCatalog();
	if (!catalog.indicatorById.has(params.id)) error(404, `Unknown indicator ${params.id}`);
	const body = figuresCsv(catalog.observationsByIndicator.get(params.id) ?? [], catalog);
	return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
