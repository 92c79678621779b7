import { describe, expect, it } from 'vitest';
import { gapDays, joinsOn } from '$lib/data/joinsOn';
import { parsePeriod, type Period } from '$lib/data/period';

const p = (text: string): Period => {
	const r = parsePeriod(text);
	if (!r.ok) throw new Error(r.message);
	return r.period;
};

describe('joinsOn(previous, next, measure)', () => {
	it.each([
		['2015', '2016', true, 'two full years that follow on'],
		['2024-S1', '2024-S2', true, 'two halves that follow on'],
		['2025-06', '2025-07', true, 'two months, whatever their number of days'],
		['2025-07-24', '2025-07-25', true, 'two days'],
		['2025-07-24/2025-08-06', '2025-08-07/2025-08-20', true, 'two fortnights of 14 days'],
		['2015', '2017', false, 'a missing year'],
		['2015', '2016-S1', false, 'a year, then a half-year'],
		['2014', '2015-01/2015-10', false, 'full years, then a year-to-date count'],
		['2025-07-24/2025-08-06', '2025-08-07/2025-08-27', false, 'a 14-day count, then a 21-day count'],
		['2025-07-24/2025-08-06', '2025-07-24/2025-08-13', false, 'two cumulative counts since the same day']
	])('a flow joins %s to %s: %s (%s)', (a, b, expected) => {
		expect(joinsOn(p(a), p(b), 'flow')).toBe(expected);
	});

	it.each([
		['2015', '2016', true, 'consecutive annual levels'],
		['2015', '2017', false, 'a whole year missing between them'],
		['2017', '2018-06', true, "a year's level, then the level in June of the next"],
		['2019-06-30', '2020-06-30', false, 'two one-day readings a year apart: no cadence to say nothing is missing'],
		['2015', '2015-06', false, 'overlapping periods'],
		['2024-Q2', '2024-Q3', true, 'consecutive quarters']
	])('a stock joins %s to %s: %s (%s)', (a, b, expected) => {
		expect(joinsOn(p(a), p(b), 'stock')).toBe(expected);
	});

	it('gapDays counts the whole days between two periods, negative when they overlap', () => {
		expect(gapDays(p('2015'), p('2016'))).toBe(0);
		expect(gapDays(p('2013'), p('2015'))).toBe(365);
		expect(gapDays(p('2015'), p('2017'))).toBe(366); // 2016 is a leap year
		expect(gapDays(p('2015'), p('2015-06'))).toBeLessThan(0);
	});
});
