/** File names that say what is in them: "hiv_prevalence-KHM-1990-2021.csv". */
import type { Observation } from '$lib/data/schema';

export function downloadName(indicatorId: string, observations: readonly Pick<Observation, 'geo_id' | 'year'>[], ext: string): string {
	const geos = [...new Set(observations.map((o) => o.geo_id))];
	const years = observations.map((o) => o.year);
	const parts = [indicatorId];
	if (geos.length > 0 && geos.length <= 3) parts.push(geos.join('_'));
	if (years.length > 0) {
		const [a, b] = [Math.min(...years), Math.max(...years)];
		parts.push(a === b ? String(a) : `${a}-${b}`);
	}
	return `${parts.join('-').replace(/[^A-Za-z0-9_.-]+/g, '_')}.${ext}`;
}
