import { loadCatalog } from '$lib/server/loadCatalog';
import { buildExploreCatalog } from '$lib/explore/exploreCatalog';
import { filterObservations } from '$lib/explore/filterObservations';
import { DEFAULT_VIEW } from '$lib/state/viewState';

// The default view is rendered from the catalog at build time, so the chart and table paint
// before DuckDB starts; every other view is queried in the browser.
export function load() {
	const catalog = loadCatalog();
	return {
		explore: buildExploreCatalog(catalog),
		initial: filterObservations(catalog.observations, DEFAULT_VIEW)
	};
}
