import { describe, expect, it } from 'vitest';
import { markerPath, OKABE_ITO, SERIES_COLORS, seriesStyle } from '$lib/charts/palette';

describe('seriesStyle', () => {
	it('uses only Okabe–Ito colours (and the text colour) for series', () => {
		const allowed = new Set<string>([...Object.values(OKABE_ITO), 'currentColor']);
		for (const c of SERIES_COLORS) expect(allowed.has(c)).toBe(true);
		expect(SERIES_COLORS).not.toContain(OKABE_ITO.yellow);
	});
	it('never gives two of the first 49 series the same colour and shape', () => {
		const seen = new Set(Array.from({ length: 49 }, (_, i) => `${seriesStyle(i).color}|${seriesStyle(i).shape}`));
		expect(seen.size).toBe(49);
	});
	it('changes the shape along with the colour, so colour is never the only cue', () => {
		expect(seriesStyle(0).shape).not.toBe(seriesStyle(1).shape);
	});
	it('draws selected-sites samples dashed and hollow', () => {
		expect(seriesStyle(0, 'sample')).toMatchObject({ dash: '6 4', hollow: true });
		expect(seriesStyle(0, 'place')).toMatchObject({ dash: undefined, hollow: false });
	});
	it('returns a closed SVG path for each marker', () => {
		expect(markerPath('circle')).toMatch(/^M/);
		expect(markerPath('square')).toMatch(/Z$/);
	});
});
