/**
 * No figure or source is dated in the future. (The lower bound, 1980, is a schema `minimum`.)
 */
import { issueAt, num, type Rule } from './rule';

export const plausibleYear: Rule = ({ observations, sources }, { currentYear }) =>
	[observations, sources].flatMap((table) =>
		table.rows.flatMap((row) => {
			const year = num(row, 'year');
			if (year === null || year <= currentYear) return [];
			return [issueAt(table, row, 'year', 'plausible-year', `year: ${year} is in the future (after ${currentYear})`)];
		})
	);
