/**
 * The researchers' download: every observation with its source's title, publisher, year and URL
 * joined in, in the order of data/observations.csv.
 */
import type { Field } from '../../src/lib/data/tableSchema';
import type { Observation, Source, Tables } from '../../src/lib/data/schema';

export type DownloadRow = Observation & {
	source_title: string;
	source_publisher: string;
	source_year: number | null;
	source_url: string;
};

export const SOURCE_FIELDS: Field[] = [
	{ name: 'source_title', type: 'string', constraints: { required: true } },
	{ name: 'source_publisher', type: 'string', constraints: { required: true } },
	{ name: 'source_year', type: 'integer' },
	{ name: 'source_url', type: 'string', constraints: { required: true } }
];

export function downloadRows(tables: Tables): DownloadRow[] {
	const sources = new Map<string, Source>(tables.sources.map((s) => [s.source_id, s]));
	return tables.observations.map((o) => {
		// Validation guarantees the source exists.
		const s = sources.get(o.source_id)!;
		return { ...o, source_title: s.title, source_publisher: s.publisher, source_year: s.year, source_url: s.url };
	});
}
