import { describe, expect, it } from 'vitest';
import { categorySeries } from '$lib/charts/categorySeries';
import { seriesStyle } from '$lib/charts/palette';
import { GEO_NAMES, UNAIDS, WB, obs } from '../share/fixtures';

const categories = [
	{ key: 'a', label: 'Counted first' },
	{ key: 'b', label: 'Counted second' },
	{ key: 'c', label: 'Never published' }
];
// Category b's figures come first in the rows, from two sources; category a has one figure.
const rows = [
	obs({ indicator_id: 'b', year: 2010, value: 5 }),
	obs({ indicator_id: 'b', year: 2011, value: 6 }),
	obs({ indicator_id: 'b', year: 2012, value: 9, source_id: WB.source_id }),
	obs({ indicator_id: 'a', year: 2015, value: 7 })
];
const sources = { [UNAIDS.source_id]: UNAIDS, [WB.source_id]: WB };
const view = categorySeries({ rows, categories, categoryOf: (o) => o.indicator_id, title: 'Things counted', sources, geoNames: GEO_NAMES });

describe('categorySeries', () => {
	it('keeps every source its own series, ordered by category, labelled category · source', () => {
		expect(view.series.map((s) => s.category)).toEqual(['a', 'b', 'b']);
		expect(view.series.map((s) => s.label)).toEqual(['Counted first · UNAIDS, 2024', 'Counted second · UNAIDS, 2024', 'Counted second · World Bank, 2017']);
		expect(view.series.flatMap((s) => s.points.map((p) => p.observation)).sort((x, y) => x.year - y.year)).toEqual(
			[...rows].sort((x, y) => x.year - y.year)
		);
	});

	it('colours by category and keys only the categories present, with a line only where one is drawn', () => {
		expect(view.styles).toEqual([seriesStyle(0), seriesStyle(1), seriesStyle(1)]);
		expect(view.legendItems.map((i) => [i.label, i.line])).toEqual([
			['Counted first', false],
			['Counted second', true]
		]);
	});

	it('describes the figures and names the categories', () => {
		expect(view.description).toContain('Things counted');
		expect(view.description).toMatch(/Colours show what was counted: Counted first; Counted second\.$/);
	});
});
