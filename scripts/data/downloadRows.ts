/**
 * The researchers' download: every observation (with its derived period columns) and its source's
 * title, publisher, publication date, kind and URLs joined in, in the order of data/observations.csv.
 */
import type { Field } from '../../src/lib/data/tableSchema';
import type { Observation, Source, Tables } from '../../src/lib/data/schema';

export type DownloadRow = Observation & {
	source_title: string;
	source_publisher: string;
	source_published: string | null;
	source_kind: string;
	source_url: string;
	source_via_url: string | null;
};

export const SOURCE_FIELDS: Field[] = [
	{ name: 'source_title', type: 'string', constraints: { required: true } },
	{ name: 'source_publisher', type: 'string', constraints: { required: true } },
	{ name: 'source_published', type: 'string' },
	{ name: 'source_kind', type: 'string', constraints: { required: true } },
	{ name: 'source_url', type: 'string', constraints: { required: true } },
	{ name: 'source_via_url', type: 'string' }
];

export function downloadRows(tables: Tables): DownloadRow[] {
	const sources = new Map<string, Source>(tables.sources.map((s) => [s.source_id, s]));
	return tables.observations.map((o) => {
		// Validation guarantees the source exists.
		const s = sources.get(o.source_id)!;
		return {
			...o,
			source_title: s.title,
			source_publisher: s.publisher,
			source_published: s.published,
			source_kind: s.kind,
			source_url: s.url,
			source_via_url: s.via_url
		};
	});
}
