import { describe, expect, it } from 'vitest';
import { lineLayout } from '$lib/charts/lineLayout';
import { buildSeries } from '$lib/data/series';
import type { LabelledSeries } from '$lib/data/seriesLabel';
import { obs } from '../data/series.fixture';

function labelled(rows: Parameters<typeof obs>[0][]): LabelledSeries[] {
	return buildSeries(rows.map(obs)).map((s) => ({ ...s, label: `Source ${s.source_id}`, sourceLabel: s.source_id, placeLabel: 'Cambodia', groupLabel: 'all' }));
}

const annual = labelled([1990, 1991, 1992, 1993].map((year, i) => ({ year, value: 0.5 + i * 0.3, source_id: 'wdi' })));

describe('lineLayout', () => {
	it('keeps every mark inside the chart', () => {
		const layout = lineLayout(annual, { width: 720, height: 360, unit: 'percent' });
		for (const p of layout.series.flatMap((s) => s.points)) {
			expect(p.x).toBeGreaterThanOrEqual(layout.plot.left);
			expect(p.x).toBeLessThanOrEqual(layout.plot.right);
			expect(p.y).toBeGreaterThanOrEqual(layout.plot.top);
			expect(p.y).toBeLessThanOrEqual(layout.plot.bottom);
		}
	});

	it('labels a line that reaches the last year directly, on a wide chart only', () => {
		expect(lineLayout(annual, { width: 720, height: 360, unit: 'percent' }).labels.map((l) => l.text)).toEqual(['Source wdi']);
		expect(lineLayout(annual, { width: 360, height: 300, unit: 'percent' }).labels).toEqual([]);
	});

	it('starts the value axis at zero with percentage tick labels', () => {
		const layout = lineLayout(annual, { width: 720, height: 360, unit: 'percent' });
		expect(layout.yTicks[0]).toMatchObject({ value: 0, label: '0.0%' });
		expect(layout.yTicks.at(-1)!.label).toMatch(/%$/);
	});

	it('writes the rate unit above the axis', () => {
		const layout = lineLayout(labelled([{ year: 2000, value: 579, unit: 'rate_per_100000' }]), {
			width: 720,
			height: 360,
			unit: 'rate_per_100000'
		});
		expect(layout.yUnit).toBe('per 100,000');
	});

	it('keeps only annotations inside the years shown', () => {
		const layout = lineLayout(annual, {
			width: 720,
			height: 360,
			unit: 'percent',
			annotations: [
				{ year: 1991, label: 'in range' },
				{ year: 2014, label: 'out of range' }
			]
		});
		expect(layout.annotations.map((a) => a.label)).toEqual(['in range']);
	});

	it('uses one suffix for every count tick', () => {
		const layout = lineLayout(labelled([{ year: 2015, value: 21797, unit: 'count' }]), { width: 720, height: 360, unit: 'count' });
		const labels = layout.yTicks.map((t) => t.label).filter((l) => l !== '0');
		expect(labels.every((l) => l.endsWith('k'))).toBe(true);
	});
});
