// Everything a brief can be made from, for choices other than the prerendered default (fetched on demand).
import { json } from '@sveltejs/kit';
import { loadCatalog } from '$lib/server/loadCatalog';
import type { BriefData } from '$lib/report/briefData';

export const prerender = true;

export function GET() {
	const catalog = loadCatalog();
	const data: BriefData = { observations: catalog.observations, indicators: catalog.indicators, sources: catalog.sources, geos: catalog.geo };
	return json(data);
}
