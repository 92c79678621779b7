import { describe, expect, it } from 'vitest';
import { placeSeries, dodgeOffsets } from '$lib/charts/place';
import { seriesStyle } from '$lib/charts/palette';
import { yearScale, valueScale } from '$lib/charts/scales';
import { buildSeries } from '$lib/data/series';
import type { LabelledSeries } from '$lib/data/seriesLabel';
import { obs } from '../data/series.fixture';

const x = yearScale([2000, 2010], [0, 100]);
const y = valueScale([0, 10], [100, 0]);

function labelled(rows: Parameters<typeof obs>[0][]): LabelledSeries[] {
	return buildSeries(rows.map(obs)).map((s) => ({ ...s, label: s.source_id, sourceLabel: s.source_id, placeLabel: 'Cambodia', groupLabel: 'all' }));
}

describe('placeSeries', () => {
	it('draws one path per run of consecutive years: a missing year breaks the line', () => {
		const series = labelled([2000, 2001, 2002, 2005, 2006].map((year) => ({ year, value: year - 2000 })));
		const [placed] = placeSeries(series, [seriesStyle(0)], x, y);
		expect(placed.lines).toEqual(['M0,100L10,90L20,80', 'M50,50L60,40']);
		expect(placed.points).toHaveLength(5);
	});

	it('draws no line for a single-year series, only its dot', () => {
		const [placed] = placeSeries(labelled([{ year: 2004, value: 5 }]), [seriesStyle(0)], x, y);
		expect(placed.lines).toEqual([]);
		expect(placed.points[0]).toMatchObject({ x: 40, y: 50, text: '5%' });
	});

	it('draws a band for a run whose figures all have intervals', () => {
		const series = labelled([
			{ year: 2000, value: 5, lower: 4, upper: 6 },
			{ year: 2001, value: 6, lower: 5, upper: 7 }
		]);
		const [placed] = placeSeries(series, [seriesStyle(0)], x, y);
		expect(placed.bands).toEqual(['M0,40L10,30L10,50L0,60Z']);
		expect(placed.whiskers).toEqual([]);
	});

	it('draws whiskers for intervals of isolated figures', () => {
		const [placed] = placeSeries(labelled([{ year: 2005, value: 3.2, lower: 1.75, upper: 5.75 }]), [seriesStyle(0)], x, y);
		expect(placed.bands).toEqual([]);
		expect(placed.whiskers).toHaveLength(1);
		expect(placed.whiskers[0].x).toBe(50);
		expect(placed.whiskers[0].y1).toBeCloseTo(82.5);
		expect(placed.whiskers[0].y2).toBeCloseTo(42.5);
		expect(placed.points[0].interval).toBe('1.75–5.75%');
	});

	it('never puts two sources on one path', () => {
		const series = labelled([
			{ year: 2000, value: 1, source_id: 'a' },
			{ year: 2001, value: 2, source_id: 'b' }
		]);
		const placed = placeSeries(series, [seriesStyle(0), seriesStyle(1)], x, y);
		expect(placed.flatMap((p) => p.lines)).toEqual([]);
	});
});

describe('dodgeOffsets', () => {
	it('moves isolated figures of the same year apart, leaving line points in place', () => {
		const series = labelled([
			{ year: 2000, value: 1, source_id: 'line' },
			{ year: 2001, value: 1, source_id: 'line' },
			{ year: 2000, value: 2, source_id: 'dot' }
		]);
		const offsets = dodgeOffsets(series, 6);
		expect(offsets.get('hiv_prevalence|KHM|adults_15_49|total|line|place|2000')).toBeUndefined();
		expect(offsets.get('hiv_prevalence|KHM|adults_15_49|total|dot|place|2000')).toBe(3);
	});
	it('leaves a lone figure where it is', () => {
		expect(dodgeOffsets(labelled([{ year: 2000 }]), 6).size).toBe(0);
	});
});
