import { describe, expect, it } from 'vitest';
import { dotLayout } from '$lib/charts/dotLayout';

const rows = [
	{ key: 'a', label: 'Kratie', value: 44 },
	{ key: 'b', label: 'Banteay Meanchey', value: 69, highlight: true },
	{ key: 'c', label: 'Phnom Penh', value: 99 }
];

describe('dotLayout', () => {
	it('sorts rows by value, largest first, one row below the other', () => {
		const layout = dotLayout(rows, { width: 600, unit: 'percent' });
		expect(layout.rows.map((r) => r.label)).toEqual(['Phnom Penh', 'Banteay Meanchey', 'Kratie']);
		expect(layout.rows[1].y).toBeGreaterThan(layout.rows[0].y);
	});
	it('places dots on a zero-based scale inside the plot', () => {
		const layout = dotLayout(rows, { width: 600, unit: 'percent' });
		expect(layout.x(0)).toBe(layout.plot.left);
		for (const r of layout.rows) expect(r.x).toBeLessThanOrEqual(layout.plot.right);
		expect(layout.rows[0].text).toBe('99%');
	});
	it('draws the reference value with its label', () => {
		const layout = dotLayout(rows, { width: 600, unit: 'percent', reference: { label: 'Cambodia', value: 72 } });
		expect(layout.reference?.label).toBe('Cambodia: 72%');
		expect(layout.reference?.x).toBeCloseTo(layout.x(72));
	});
});
