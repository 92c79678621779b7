import { describe, expect, it } from 'vitest';
import { dodge } from '$lib/charts/dodge';

describe('dodge', () => {
	it('leaves labels that do not overlap where they are', () => {
		const out = dodge([{ key: 'a', y: 10 }, { key: 'b', y: 50 }], 12, 0, 100);
		expect([out.get('a'), out.get('b')]).toEqual([10, 50]);
	});
	it('pushes overlapping labels at least `gap` apart', () => {
		const out = dodge([{ key: 'a', y: 40 }, { key: 'b', y: 42 }, { key: 'c', y: 44 }], 12, 0, 100);
		const ys = ['a', 'b', 'c'].map((k) => out.get(k)!);
		expect(ys[1] - ys[0]).toBeGreaterThanOrEqual(12);
		expect(ys[2] - ys[1]).toBeGreaterThanOrEqual(12);
	});
	it('keeps labels inside the bounds', () => {
		const out = dodge([{ key: 'a', y: 98 }, { key: 'b', y: 99 }], 12, 0, 100);
		expect(Math.max(...out.values())).toBeLessThanOrEqual(100);
	});
});
