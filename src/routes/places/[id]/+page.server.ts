import { error } from '@sveltejs/kit';
import { loadCatalog } from '$lib/server/loadCatalog';
import { buildPlaceProfile, profilePlaceIds } from '$lib/places/placeProfile';
import { buildBorderSection, hasBorderSection } from '$lib/places/borderSection';

export function entries() {
	return profilePlaceIds(loadCatalog()).map((id) => ({ id }));
}

export function load({ params }) {
	const catalog = loadCatalog();
	const profile = buildPlaceProfile(catalog, params.id);
	if (!profile) error(404, `Unknown place ${params.id}`);
	const border = hasBorderSection(params.id) ? buildBorderSection(catalog) : null;
	const indicatorIds = new Set(
		border ? [...border.flows, ...border.flowBreakdowns, ...border.workers, ...border.remittances, ...border.trafficking].map((o) => o.indicator_id) : []
	);
	return {
		profile,
		border,
		borderIndicators: catalog.indicators.filter((i) => indicatorIds.has(i.indicator_id)),
		geoNames: Object.fromEntries(catalog.geo.map((g) => [g.geo_id, g.name]))
	};
}
