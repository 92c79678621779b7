/**
 * The "data as of" date of the whole data set: the latest day any figure was read from its source
 * (sources.csv `accessed`). Shown at the top of reports and used as the year of citations.
 */
import type { Source } from '$lib/data/schema';

export function dataAsOf(sources: readonly Pick<Source, 'accessed'>[]): string | null {
	let latest: string | null = null;
	for (const s of sources) {
		const day = /^\d{4}-\d{2}-\d{2}/.exec(s.accessed ?? '')?.[0];
		if (day && (latest === null || day > latest)) latest = day;
	}
	return latest;
}
