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

	it('keeps the unit label clear of the top tick label, with or without event labels', () => {
		const rates = labelled([{ year: 2000, value: 579, unit: 'rate_per_100000' }, { year: 2010, value: 380, unit: 'rate_per_100000' }]);
		for (const annotations of [[], [{ start: '2005-01-01', label: 'Event' }]]) {
			for (const width of [720, 340]) {
				const fs = 12;
				const layout = lineLayout(rates, { width, height: 300, unit: 'rate_per_100000', annotations, fontSize: fs });
				const topTick = Math.min(...layout.yTicks.map((t) => t.at));
				// Unit descenders (≈0.25 em below the baseline) vs the cap height of the tick label
				// centred on its gridline (≈0.7 em above it).
				expect(layout.yUnitAt + 0.25 * fs + 2).toBeLessThanOrEqual(topTick - 0.7 * fs);
				for (const a of layout.annotations) expect(a.y - fs).toBeGreaterThanOrEqual(layout.yUnitAt + 0.25 * fs);
			}
		}
	});

	it('stacks event labels that would overlap on a narrow chart', () => {
		const years = labelled([2008, 2012, 2016, 2020, 2024].map((year) => ({ year, value: 1000 + year, unit: 'count' })));
		const annotations = [
			{ start: '2014-06-01', label: 'Mass return from Thailand' },
			{ start: '2015-06-01', label: 'Registration drive' },
			{ start: '2020-03-01', label: 'Border closed (COVID-19)' }
		];
		const fs = 12;
		const layout = lineLayout(years, { width: 340, height: 280, unit: 'count', annotations, fontSize: fs });
		const boxes = layout.annotations.map((a) => {
			const w = a.label.length * 0.6 * fs;
			const x0 = a.anchor === 'start' ? a.x + 4 : a.x - 4 - w;
			return { x0, x1: x0 + w, y: a.y };
		});
		expect(layout.annotations).toHaveLength(3);
		for (let i = 0; i < boxes.length; i++) {
			for (let j = i + 1; j < boxes.length; j++) {
				const a = boxes[i];
				const b = boxes[j];
				const sameRow = Math.abs(a.y - b.y) < fs;
				expect(sameRow && a.x0 < b.x1 && b.x0 < a.x1).toBe(false);
			}
			expect(boxes[i].y - fs).toBeGreaterThanOrEqual(0);
			expect(boxes[i].y).toBeLessThan(layout.plot.top);
		}
	});

	it('keeps only annotations inside the time shown', () => {
		const layout = lineLayout(annual, {
			width: 720,
			height: 360,
			unit: 'percent',
			annotations: [
				{ start: '1991-06-01', label: 'in range' },
				{ start: '2014-06-01', label: 'out of range' }
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
