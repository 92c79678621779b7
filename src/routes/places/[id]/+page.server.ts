import { error } from '@sveltejs/kit';
import { loadCatalog } from '$lib/server/loadCatalog';

export function entries() {
	const catalog = loadCatalog();
	return [...catalog.observationsByGeo.keys()].map((id) => ({ id }));
}

export function load({ params }) {
	const place = loadCatalog().geoById.get(params.id);
	if (!place) error(404, `Unknown place ${params.id}`);
	return { place };
}
