import { error } from '@sveltejs/kit';
import { loadCatalog } from '$lib/server/loadCatalog';
import { indicatorView } from './indicatorView';
import { toMapPoints } from '$lib/charts/map/mapValues';

/** One page per indicator in data/indicators.csv. */
export function entries() {
	return loadCatalog().indicators.map((d) => ({ id: d.indicator_id }));
}

export function load({ params }) {
	const catalog = loadCatalog();
	const indicator = catalog.indicatorById.get(params.id);
	if (!indicator) error(404, `Unknown indicator ${params.id}`);
	// mapPoints (MAP helper): towns and border crossings drawn on the province map.
	return { ...indicatorView(catalog, indicator), mapPoints: toMapPoints(catalog.geo) };
}
