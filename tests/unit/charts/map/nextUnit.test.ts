import { describe, expect, it } from 'vitest';
import { nextUnit } from '$lib/charts/map/nextUnit';

//   a . b
//   . c .
//   d . e
const units = [
	{ key: 'a', cx: 0, cy: 0 },
	{ key: 'b', cx: 20, cy: 0 },
	{ key: 'c', cx: 10, cy: 10 },
	{ key: 'd', cx: 0, cy: 20 },
	{ key: 'e', cx: 20, cy: 20 }
];

describe('nextUnit(units, from, direction)', () => {
	it.each([
		['a', 'right', 'b'],
		['a', 'down', 'd'],
		['b', 'left', 'a'],
		['e', 'up', 'b'],
		['c', 'right', 'b'], // b and e are both 45° off: the first listed wins
		['d', 'right', 'e']
	] as const)('from %s going %s reaches %s', (from, dir, to) => {
		expect(nextUnit(units, from, dir)).toBe(to);
	});

	it('returns null at the edge and for an unknown unit', () => {
		expect(nextUnit(units, 'a', 'left')).toBeNull();
		expect(nextUnit(units, 'zz', 'left')).toBeNull();
	});
});
