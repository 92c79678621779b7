// The default brief (Banteay Meanchey with national context), prerendered; other choices are made in the browser.
import { loadCatalog } from '$lib/server/loadCatalog';
import { briefPlaces, defaultIndicators } from '$lib/report/briefData';
import { DEFAULT_PLACE } from '$lib/report/briefChoice';
import { buildBrief } from '$lib/report/buildBrief';
import { dataAsOf } from '$lib/share/dataAsOf';

export function load() {
	const catalog = loadCatalog();
	const data = { observations: catalog.observations, indicators: catalog.indicators, sources: catalog.sources, geos: catalog.geo };
	const choice = { place: DEFAULT_PLACE, indicators: defaultIndicators(data, DEFAULT_PLACE) };
	const withFigures = new Set(catalog.observations.map((o) => o.indicator_id));
	return {
		places: briefPlaces(data).map(({ geo_id, name }) => ({ geo_id, name })),
		indicators: catalog.indicators.filter((i) => withFigures.has(i.indicator_id)).map(({ indicator_id, name, domain }) => ({ indicator_id, name, domain })),
		choice,
		brief: buildBrief(data, choice),
		dataAsOf: dataAsOf(catalog.sources) ?? ''
	};
}
