import { loadCatalog } from '$lib/server/loadCatalog';
import { splitAuditNote } from '$lib/data/auditNote';

/** Counts quoted in the methods text, so the prose never drifts from the data. */
export function load() {
	const { observations, sources, indicators } = loadCatalog();
	return {
		figures: observations.length,
		indicators: indicators.length,
		sources: sources.length,
		samples: observations.filter((o) => o.scope === 'sample').length,
		grouped: observations.filter((o) => o.scope === 'grouped_domain').length,
		audits: observations.filter((o) => splitAuditNote(o.note).audit).length,
		intervals: observations.filter((o) => o.lower !== null && o.upper !== null).length
	};
}
