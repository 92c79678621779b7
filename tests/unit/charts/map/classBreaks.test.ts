import { describe, expect, it } from 'vitest';
import { classBreaks, classIndex, rampColors } from '$lib/charts/map/classBreaks';

// CDHS 2010 skilled birth attendance, one value per reporting unit (19 units).
const SBA = [69, 78, 68, 69, 68, 48, 67, 87, 79, 44, 38, 64, 99, 28, 59, 74, 73, 90, 85];

describe('classBreaks(values, { method: "equal" })', () => {
	it('puts CDHS percentages on round 20-point bounds', () => {
		const b = classBreaks(SBA)!;
		expect(b.bounds).toEqual([20, 40, 60, 80, 100]);
		expect(b.colors).toHaveLength(4);
		expect(b.description).toMatch(/^4 equal-interval classes/);
	});

	it('keeps every value inside the bounds and never makes more than 7 classes', () => {
		for (const values of [SBA, [0.1, 0.35, 2.9], [1200, 5_400_000], [-3, 4, 17]]) {
			const b = classBreaks(values, { classes: 5 })!;
			expect(b.bounds[0]).toBeLessThanOrEqual(Math.min(...values));
			expect(b.bounds.at(-1)).toBeGreaterThanOrEqual(Math.max(...values));
			expect(b.colors.length).toBe(b.bounds.length - 1);
			expect(b.colors.length).toBeLessThanOrEqual(7);
		}
	});

	it('does not drift on decimal steps (0.1 + 0.2 ≠ 0.30000000000000004)', () => {
		const b = classBreaks([0.1, 0.95], { classes: 5 })!;
		for (const bound of b.bounds) expect(String(bound).length).toBeLessThanOrEqual(4);
	});
});

describe('classBreaks(values, { method: "quantile" })', () => {
	it('gives about the same number of units per class, bounds rounded like the data', () => {
		const b = classBreaks(SBA, { method: 'quantile', classes: 5 })!;
		expect(b.bounds).toHaveLength(6);
		for (const bound of b.bounds) expect(Number.isInteger(bound)).toBe(true);
		const counts = new Array(5).fill(0);
		for (const v of SBA) counts[classIndex(v, b)] += 1;
		for (const c of counts) expect(c).toBeGreaterThanOrEqual(3);
		expect(b.description).toMatch(/quantile/);
	});

	it('merges equal quantiles instead of making empty classes', () => {
		const b = classBreaks([5, 5, 5, 5, 9], { method: 'quantile', classes: 4 })!;
		expect(b.bounds).toEqual([5, 9]);
	});
});

describe('classBreaks edge cases', () => {
	it('returns null with no finite value, and one class when all values are equal', () => {
		expect(classBreaks([])).toBeNull();
		expect(classBreaks([Number.NaN])).toBeNull();
		const one = classBreaks([42, 42])!;
		expect(one.bounds).toEqual([42, 42]);
		expect(one.colors).toHaveLength(1);
		expect(classIndex(42, one)).toBe(0);
	});
});

describe('classIndex(value, breaks)', () => {
	const b = classBreaks(SBA)!;
	it.each([
		[28, 0],
		[39.9, 0],
		[40, 1],
		[69, 2],
		[78, 2],
		[80, 3],
		[99, 3],
		[100, 3]
	])('%d%% falls in class %d (lower bound included, top bound closed)', (v, i) => {
		expect(classIndex(v, b)).toBe(i);
	});
	it('clamps values outside the bounds to the nearest class', () => {
		expect(classIndex(-5, b)).toBe(0);
		expect(classIndex(500, b)).toBe(3);
	});
});

describe('rampColors(n)', () => {
	it('runs light to dark with n distinct colours (YlGnBu)', () => {
		for (let n = 1; n <= 7; n++) expect(new Set(rampColors(n)).size).toBe(n);
		expect(rampColors(5)[0]).toBe('#ffffcc');
	});
});
