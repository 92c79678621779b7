import { describe, expect, it } from 'vitest';
import { dateOfYear, isAnnual, timeDomain, timeTickMode, timeTicks } from '$lib/charts/timeAxis';
import { decimalYear } from '$lib/data/period';

const at = (date: string) => decimalYear(date);

describe('timeDomain(extent, annual)', () => {
	it('keeps three years or more of annual figures as they are', () => {
		expect(timeDomain([1990, 2022], true)).toEqual([1990, 2022]);
	});
	it('widens a single year of annual figures to three whole years so the dot sits in the middle', () => {
		expect(timeDomain([2016, 2017], true)).toEqual([2015, 2018]);
		expect(timeDomain([2015, 2017], true)).toEqual([2014, 2018]);
	});
	it('widens a few weeks of daily figures around their middle, never to whole years', () => {
		const [a, b] = timeDomain([at('2025-07-24'), at('2025-08-07')], false);
		expect(b - a).toBeCloseTo((3 * 14) / 365, 3);
		expect((a + b) / 2).toBeCloseTo(at('2025-07-31'), 3);
	});
	it('gives a single day at least a month', () => {
		const [a, b] = timeDomain([at('2025-06-24'), at('2025-06-25')], false);
		expect(b - a).toBeCloseTo(1 / 12, 5);
	});
});

describe('timeTicks(domain, max, annual)', () => {
	it('labels years at mid-year, where annual figures sit, thinned to round steps', () => {
		const ticks = timeTicks([1990, 2022], 8, true);
		expect(ticks.map((t) => t.label)).toEqual(['1990', '1995', '2000', '2005', '2010', '2015', '2020']);
		expect(ticks[0].value).toBe(1990.5);
	});
	it('ticks on years for annual figures even over a short span', () => {
		expect(timeTickMode([2015, 2018], true)).toBe('year');
		expect(timeTicks([2015, 2018], 8, true).map((t) => t.label)).toEqual(['2015', '2016', '2017']);
	});
	it('ticks on months for sub-annual figures over a year or two, with the year on the first tick and on Januaries', () => {
		const ticks = timeTicks([2024, 2026], 10, false);
		expect(ticks.map((t) => t.label)).toEqual(['Jan 2024', 'Apr', 'Jul', 'Oct', 'Jan 2025', 'Apr', 'Jul', 'Oct', 'Jan 2026']);
		expect(timeTicks([2024, 2026], 6, false).map((t) => t.label)).toEqual(['Jan 2024', 'Jul', 'Jan 2025', 'Jul', 'Jan 2026']);
		expect(ticks[1].value).toBeCloseTo(at('2024-04-01'), 9);
	});
	it('ticks on days over a few weeks', () => {
		const ticks = timeTicks([at('2025-07-20'), at('2025-08-10')], 6, false);
		expect(timeTickMode([at('2025-07-20'), at('2025-08-10')], false)).toBe('day');
		expect(ticks[0].label).toMatch(/^Jul \d+, 2025$/);
		expect(ticks.slice(1).every((t) => /^(Jul|Aug) \d+$/.test(t.label))).toBe(true);
	});
	it('never returns more ticks than asked for', () => {
		for (const [domain, annual] of [[[1950, 2025], true], [[2020, 2022.4], false], [[at('2025-01-01'), at('2025-03-01')], false]] as const)
			expect(timeTicks(domain as [number, number], 5, annual).length).toBeLessThanOrEqual(5);
	});
});

describe('isAnnual and dateOfYear', () => {
	it('calls figures annual only when every one covers a year or more', () => {
		expect(isAnnual([365, 366, 730])).toBe(true);
		expect(isAnnual([365, 181])).toBe(false);
	});
	it('turns a fractional year back into its date', () => {
		expect(dateOfYear(at('2025-07-24')).toISOString().slice(0, 10)).toBe('2025-07-24');
	});
});
