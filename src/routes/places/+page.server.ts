import { loadCatalog } from '$lib/server/loadCatalog';
import { profilePlaceIds } from '$lib/places/placeProfile';

export function load() {
	const catalog = loadCatalog();
	return {
		places: profilePlaceIds(catalog).map((id) => ({
			...catalog.geoById.get(id)!,
			count: catalog.observationsByGeo.get(id)?.length ?? 0
		}))
	};
}
