// The places an import can be matched to (geo_id and name), from the validated catalog at build time.
import { loadCatalog } from '$lib/server/loadCatalog';

export function load() {
	return { places: loadCatalog().geo.map((g) => ({ geo_id: g.geo_id, name: g.name })) };
}
