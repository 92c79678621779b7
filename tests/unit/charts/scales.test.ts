import { describe, expect, it } from 'vitest';
import { valueDomain, valueScale, valueTicks, yearDomain, yearScale, yearTicks } from '$lib/charts/scales';

describe('yearDomain', () => {
	it('keeps a multi-year extent as is', () => {
		expect(yearDomain([1990, 2021])).toEqual([1990, 2021]);
	});
	it('widens a single year to three years so the dot sits in the middle', () => {
		expect(yearDomain([2016, 2016])).toEqual([2015, 2017]);
	});
});

describe('yearTicks', () => {
	it('ticks only on whole years', () => {
		for (const t of yearTicks([2014, 2016], 10)) expect(Number.isInteger(t)).toBe(true);
	});
	it('never returns more ticks than asked for', () => {
		expect(yearTicks([1990, 2021], 6).length).toBeLessThanOrEqual(6);
	});
});

describe('valueDomain', () => {
	it.each([
		{ values: [0.1, 1.3], unit: 'percent', expected: [0, 1.3 * 1.08] },
		{ values: [95, 99], unit: 'percent', expected: [0, 100] },
		{ values: [-5, 10], unit: 'count', expected: [-5, 10 * 1.08] },
		{ values: [NaN], unit: 'count', expected: [0, 1] }
	] as const)('starts at zero and leaves head-room: $values $unit', ({ values, unit, expected }) => {
		const [a, b] = valueDomain(values, unit);
		expect(a).toBeCloseTo(expected[0]);
		expect(b).toBeCloseTo(expected[1]);
	});
});

describe('valueScale', () => {
	it('maps the domain onto the pixel range with a round top', () => {
		const y = valueScale([0, 1.4], [300, 10]);
		expect(y(0)).toBe(300);
		expect(y.domain()[1]).toBe(1.4);
		const { values, step } = valueTicks(y, 5);
		expect(values[0]).toBe(0);
		expect(step).toBeCloseTo(0.2);
	});
	it('puts years on a linear axis', () => {
		const x = yearScale([2000, 2010], [0, 100]);
		expect(x(2005)).toBe(50);
	});
});
