import { loadCatalog } from '$lib/server/loadCatalog';
import { coverage } from '$lib/data/coverage';
import { DOMAINS } from '$lib/data/schema';

/** Every indicator, grouped by domain, with what the data holds for it. */
export function load() {
	const catalog = loadCatalog();
	return {
		domains: DOMAINS.map((domain) => ({
			domain,
			indicators: catalog.indicators
				.filter((d) => d.domain === domain)
				.map((d) => ({
					indicator_id: d.indicator_id,
					name: d.name,
					unit: d.unit,
					definition: d.definition,
					coverage: coverage(catalog.observationsByIndicator.get(d.indicator_id) ?? [])
				}))
				.sort((a, b) => b.coverage.figures - a.coverage.figures || a.name.localeCompare(b.name))
		})),
		total: { indicators: catalog.indicators.length, figures: catalog.observations.length, sources: catalog.sources.length }
	};
}
