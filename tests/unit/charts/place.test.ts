import { describe, expect, it } from 'vitest';
import { placeSeries, dodgeOffsets } from '$lib/charts/place';
import { seriesStyle } from '$lib/charts/palette';
import { yearScale, valueScale } from '$lib/charts/scales';
import { buildSeries } from '$lib/data/series';
import type { Measure } from '$lib/data/schema';
import type { LabelledSeries } from '$lib/data/seriesLabel';
import { obs } from '../data/series.fixture';

// Mid-2000 at 0 px, mid-2010 at 100 px: a year's figure sits at the middle of its year.
const x = yearScale([2000.5, 2010.5], [0, 100]);
const y = valueScale([0, 10], [100, 0]);

function labelled(rows: Parameters<typeof obs>[0][], measure: Measure = 'stock'): LabelledSeries[] {
	return buildSeries(rows.map(obs), () => measure).map((s) => ({ ...s, label: s.source_id, sourceLabel: s.source_id, placeLabel: 'Cambodia', groupLabel: 'all' }));
}

/** Path strings with numbers rounded to 0.1 px, so floating-point noise does not matter. */
const round = (d: string) => d.replace(/-?\d+(\.\d+)?(e-?\d+)?/g, (n) => String(Math.round(Number(n) * 10) / 10));

describe('placeSeries', () => {
	it('draws one path per run of consecutive years: a missing year breaks the line', () => {
		const series = labelled([2000, 2001, 2002, 2005, 2006].map((year) => ({ year, value: year - 2000 })));
		const [placed] = placeSeries(series, [seriesStyle(0)], x, y);
		expect(placed.lines.map(round)).toEqual(['M0,100L10,90L20,80', 'M50,50L60,40']);
		expect(placed.points).toHaveLength(5);
	});

	it('draws no line for a single-year series, only its dot, at the middle of its year', () => {
		const [placed] = placeSeries(labelled([{ year: 2004, value: 5 }]), [seriesStyle(0)], x, y);
		expect(placed.lines).toEqual([]);
		expect(placed.spans).toEqual([]);
		expect(placed.points[0].x).toBeCloseTo(40);
		expect(placed.points[0]).toMatchObject({ y: 50, text: '5%', periodText: '2004' });
	});

	it('draws a band for a run whose figures all have intervals', () => {
		const series = labelled([
			{ year: 2000, value: 5, lower: 4, upper: 6 },
			{ year: 2001, value: 6, lower: 5, upper: 7 }
		]);
		const [placed] = placeSeries(series, [seriesStyle(0)], x, y);
		expect(placed.bands.map(round)).toEqual(['M0,40L10,30L10,50L0,60Z']);
		expect(placed.whiskers).toEqual([]);
	});

	it('draws whiskers for intervals of isolated figures', () => {
		const [placed] = placeSeries(labelled([{ year: 2005, value: 3.2, lower: 1.75, upper: 5.75 }]), [seriesStyle(0)], x, y);
		expect(placed.bands).toEqual([]);
		expect(placed.whiskers).toHaveLength(1);
		expect(placed.whiskers[0].x).toBeCloseTo(50);
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

	it('keeps a partial-year flow off the line of full years and draws the months it covers', () => {
		const series = labelled(
			[
				{ period: '2003', value: 9 },
				{ period: '2004', value: 10 },
				{ period: '2005-01/2005-06', value: 5 },
				{ period: '2006', value: 8 },
				{ period: '2007', value: 9 }
			],
			'flow'
		);
		const [placed] = placeSeries(series, [seriesStyle(0)], x, y);
		// 2003–2004 and 2006–2007 are lines; neither passes through the half-year.
		expect(placed.lines.map(round)).toEqual(['M30,10L40,0', 'M60,20L70,10']);
		expect(placed.spans).toHaveLength(1);
		const half = placed.points.find((p) => p.period.text === '2005-01/2005-06')!;
		// Drawn at the middle of January–June 2005, its span from 1 January to 30 June.
		expect(half.x).toBeCloseTo(45 + (181 / 365) * 5, 1);
		expect(placed.spans[0].x1).toBeCloseTo(45);
		expect(placed.spans[0].x2).toBeCloseTo(45 + (181 / 365) * 10, 1);
		expect(placed.spans[0].y).toBe(half.y);
		expect(half.periodText).toBe('January – June 2005');
	});

	it('draws a lone year without its span on a year axis, and with it when asked (a month axis)', () => {
		const series = labelled([{ period: '2004', value: 5 }], 'flow');
		expect(placeSeries(series, [seriesStyle(0)], x, y)[0].spans).toEqual([]);
		const [withSpan] = placeSeries(series, [seriesStyle(0)], x, y, { yearSpans: true });
		expect(withSpan.spans).toHaveLength(1);
		expect(withSpan.spans[0].x1).toBeCloseTo(35);
		expect(withSpan.spans[0].x2).toBeCloseTo(45);
	});

	it('draws no span for a single day: the marker is the day', () => {
		const [placed] = placeSeries(labelled([{ period: '2004-06-30', value: 5 }]), [seriesStyle(0)], x, y, { yearSpans: true });
		expect(placed.spans).toEqual([]);
		expect(placed.points[0].periodText).toBe('June 30, 2004');
	});
});

describe('dodgeOffsets', () => {
	it('moves isolated figures of the same period apart, leaving line points in place', () => {
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
