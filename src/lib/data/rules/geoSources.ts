/**
 * Every source_id named in geo.csv's provenance column (`name,pt:world_atlas_2_0_2 (…); km:…`)
 * is in sources.csv. The column's grammar itself is a schema pattern.
 */
import { show } from '../issue';
import { issueAt, str, type Rule } from './rule';

/** The source_ids a geo `source` cell cites. */
export function geoSourceIds(provenance: string): string[] {
	return provenance
		.split(';')
		.map((entry) => entry.trim().replace(/\s*\(.*\)$/, ''))
		.flatMap((entry) => (entry.split(':')[1] ?? '').split(','))
		.filter((id) => id !== '');
}

export const geoSources: Rule = ({ geo, sources }) => {
	const known = new Set(sources.rows.map((r) => str(r, 'source_id')));
	return geo.rows.flatMap((row) => {
		const provenance = str(row, 'source');
		if (provenance === null) return [];
		return geoSourceIds(provenance)
			.filter((id) => !known.has(id))
			.map((id) => issueAt(geo, row, 'source', 'foreign-key', `source: cites ${show(id)}, which is not in ${sources.resource.path} (column source_id)`));
	});
};
