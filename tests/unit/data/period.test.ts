import { describe, expect, it } from 'vitest';
import { followsOn, parsePeriod, periodDays, periodMidpoint, sameSpan, type Period } from '$lib/data/period';
import { periodLabel, periodShortLabel } from '$lib/data/periodLabel';

const p = (text: string): Period => {
	const r = parsePeriod(text);
	if (!r.ok) throw new Error(r.message);
	return r.period;
};

describe('parsePeriod(text)', () => {
	it.each([
		['2024', 'year', '2024-01-01', '2024-12-31'],
		['2025-S1', 'half', '2025-01-01', '2025-06-30'],
		['2025-S2', 'half', '2025-07-01', '2025-12-31'],
		['2024-Q1', 'quarter', '2024-01-01', '2024-03-31'],
		['2025-Q3', 'quarter', '2025-07-01', '2025-09-30'],
		['2024-02', 'month', '2024-02-01', '2024-02-29'],
		['2025-W30', 'week', '2025-07-21', '2025-07-27'],
		['2020-W53', 'week', '2020-12-28', '2021-01-03'],
		['2025-07-24', 'day', '2025-07-24', '2025-07-24'],
		['2025-07-24/2025-08-06', 'interval', '2025-07-24', '2025-08-06'],
		['2021-09/2022-01', 'interval', '2021-09-01', '2022-01-31'],
		['2014/2016', 'interval', '2014-01-01', '2016-12-31']
	])('reads %s as a %s from %s to %s', (text, kind, start, end) => {
		expect(p(text)).toEqual({ text, kind, start, end });
	});

	it.each([
		['2025-13', 'month 13 does not exist'],
		['2025-W53', 'week 53 does not exist in 2025'],
		['2025-02-29', '2025-02-29 is not a date'],
		['2025-08/2025-07', 'interval "2025-08/2025-07" ends before it starts'],
		['2025/2026/2027', 'has more than one "/"'],
		['H1 2025', 'is not a period']
	])('refuses %s, saying why', (text, message) => {
		const r = parsePeriod(text);
		expect(r.ok).toBe(false);
		expect(r.ok ? '' : r.message).toContain(message);
	});
});

describe('comparing spans', () => {
	it('sameSpan(a, b): calendar forms by kind, intervals by their exact length', () => {
		expect(sameSpan(p('2015'), p('2016'))).toBe(true); // a leap year is still a year
		expect(sameSpan(p('2015'), p('2015-S1'))).toBe(false);
		expect(sameSpan(p('2025-07-24/2025-08-06'), p('2025-08-07/2025-08-20'))).toBe(true);
		expect(sameSpan(p('2025-07-24/2025-08-06'), p('2025-07-24/2025-08-13'))).toBe(false);
	});

	it('followsOn(previous, next) only when next starts the day after previous ends', () => {
		expect(followsOn(p('2015'), p('2016'))).toBe(true);
		expect(followsOn(p('2015'), p('2017'))).toBe(false);
		expect(followsOn(p('2024-S1'), p('2024-S2'))).toBe(true);
		expect(followsOn(p('2024-S2'), p('2025-S1'))).toBe(true);
	});

	it('periodDays counts both ends', () => {
		expect(periodDays(p('2025-07-24/2025-08-06'))).toBe(14);
		expect(periodDays(p('2024'))).toBe(366);
	});

	it('periodMidpoint places a year in its middle and a day on that day', () => {
		expect(periodMidpoint(p('2016'))).toBeCloseTo(2016.5, 2);
		expect(periodMidpoint(p('2025-S1'))).toBeCloseTo(2025.25, 1);
		expect(Math.floor(periodMidpoint(p('2019-06-30')) * 1000) / 1000).toBeCloseTo(2019.494, 2);
	});
});

describe('periodLabel(period, locale)', () => {
	it.each([
		['2024', '2024', '2024'],
		['2025-S1', 'January – June 2025', 'H1 2025'],
		['2025-Q3', 'July – September 2025', 'Q3 2025'],
		['2025-07', 'July 2025', 'Jul 2025'],
		['2025-07-24', 'July 24, 2025', 'Jul 24, 2025'],
		['2025-07-24/2025-08-06', 'July 24 – August 6, 2025', 'July 24 – August 6, 2025'],
		['2021-09/2022-01', 'September 2021 – January 2022', 'September 2021 – January 2022']
	])('%s reads "%s" (short "%s")', (text, long, short) => {
		expect(periodLabel(p(text))).toBe(long);
		expect(periodShortLabel(p(text))).toBe(short);
	});

	it('writes Khmer month names for km', () => {
		expect(periodLabel(p('2025-07'), 'km')).toBe('កក្កដា 2025');
	});
});
