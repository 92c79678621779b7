/**
 * Dates as citations write them. APA wants "November 28, 2026" for a retrieval date; BibTeX's
 * `urldate` wants ISO "2026-11-28". Dates are read and written in UTC so a build in one time zone
 * and a reader in another agree on the day.
 */

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** A Date or an ISO date string (`2026-11-28`, or a full timestamp) → Date at UTC midnight. */
export function toDate(date: Date | string): Date {
	if (date instanceof Date) return date;
	const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
	if (!match) throw new Error(`invalid date: ${date}`);
	return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** "2026-11-28". */
export function isoDate(date: Date | string): string {
	return toDate(date).toISOString().slice(0, 10);
}

/** "November 28, 2026". */
export function longDate(date: Date | string): string {
	const d = toDate(date);
	return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}
