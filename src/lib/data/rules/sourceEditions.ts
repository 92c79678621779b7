/**
 * An edition belongs to a series: a source gives both `series` and `edition`, or neither, so the
 * revision view can order the editions of one estimate.
 */
import { issueAt, str, type Rule } from './rule';

export const sourceEditions: Rule = ({ sources }) =>
	sources.rows.flatMap((row) => {
		const series = str(row, 'series');
		const edition = str(row, 'edition');
		if ((series === null) === (edition === null)) return [];
		return series === null
			? [issueAt(sources, row, 'series', 'edition', `series: empty while edition is ${JSON.stringify(edition)} (an edition belongs to a series)`)]
			: [issueAt(sources, row, 'edition', 'edition', `edition: empty while series is ${JSON.stringify(series)} (give the round or release date)`)];
	});
