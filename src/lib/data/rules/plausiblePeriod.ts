/**
 * Every period (of a figure or an event) is one of the accepted forms, starts in 1980 or later and
 * is over: a figure for a period not yet ended must be written as the part that is over
 * (`2026-01/2026-10`), so a year-to-date count is never read as a full year. Sources and editions
 * are not dated after today.
 */
import { parsePeriod } from '../period';
import { issueAt, str, type CheckedTable, type Rule } from './rule';

export const EARLIEST_YEAR = 1980;

function periods(table: CheckedTable, today: string) {
	return table.rows.flatMap((row) => {
		const text = str(row, 'period');
		if (text === null) return [];
		const parsed = parsePeriod(text);
		const at = (message: string) => [issueAt(table, row, 'period', 'period', `period: ${message}`)];
		if (!parsed.ok) return at(parsed.message);
		const { start, end } = parsed.period;
		if (Number(start.slice(0, 4)) < EARLIEST_YEAR) return at(`${JSON.stringify(text)} starts before ${EARLIEST_YEAR}`);
		if (start > today) return at(`${JSON.stringify(text)} is in the future (after ${today})`);
		if (end > today) return at(`${JSON.stringify(text)} ends on ${end}, after today (${today}); write the part that is over, e.g. ${start}/${today}`);
		return [];
	});
}

function notAfterToday(table: CheckedTable, field: string, today: string) {
	return table.rows.flatMap((row) => {
		const text = str(row, field);
		// A year or month is "after today" only when all of it is.
		if (text === null || text <= today.slice(0, text.length)) return [];
		return [issueAt(table, row, field, 'plausible-date', `${field}: ${JSON.stringify(text)} is in the future (after ${today})`)];
	});
}

export const plausiblePeriod: Rule = ({ observations, events, sources }, { today }) => [
	...periods(observations, today),
	...periods(events, today),
	...notAfterToday(sources, 'published', today),
	...notAfterToday(sources, 'edition', today)
];
