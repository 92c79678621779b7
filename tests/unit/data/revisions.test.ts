import { describe, expect, it } from 'vitest';
import { editionFamilies } from '$lib/data/editions';
import { revisionRows } from '$lib/data/revisions';
import { observationOf, sourceOf } from '../../support/rows';

const sources = new Map(
	[
		sourceOf({ source_id: 'r2019', series: 'unaids_estimates', edition: '2019' }),
		sourceOf({ source_id: 'r2022', series: 'unaids_estimates', edition: '2022' }),
		sourceOf({ source_id: 'r2025', series: 'unaids_estimates', edition: '2025' }),
		sourceOf({ source_id: 'r2025_press', series: 'unaids_estimates', edition: '2025' })
	].map((s) => [s.source_id, s])
);
const fig = (source_id: string, period: string, value: number) => observationOf({ source_id, period, value, unit: 'count', indicator_id: 'plhiv' });
const rowsOf = (...figures: ReturnType<typeof fig>[]) => revisionRows(editionFamilies(figures, sources)[0]);

describe('revisionRows(family)', () => {
	it('has one row per reference period, in time order, with each edition’s value in its column', () => {
		const rows = rowsOf(fig('r2025', '2010', 80000), fig('r2019', '2010', 76000), fig('r2019', '2005', 70000), fig('r2022', '2010', 79000));
		expect(rows.map((r) => r.period)).toEqual(['2005', '2010']);
		expect(rows[1].cells.map((c) => c.map((o) => o.value))).toEqual([[76000], [79000], [80000]]);
		expect(rows[0].cells.map((c) => c.length)).toEqual([1, 0, 0]);
	});

	it('gives the revision from the first to the last edition that published the period', () => {
		const rows = rowsOf(fig('r2019', '2010', 76000), fig('r2022', '2010', 79000), fig('r2025', '2010', 74000), fig('r2019', '2012', 5), fig('r2022', '2012', 6));
		expect(rows[0].revision).toEqual({ from: '2019', to: '2025', previous: 76000, latest: 74000, change: -2000 });
		// 2012 is not in the 2025 round: its revision runs to the last round that has it.
		expect(rows[1].revision).toMatchObject({ from: '2019', to: '2022', change: 1 });
	});

	it('gives no revision for a period only one edition published', () => {
		expect(rowsOf(fig('r2019', '2005', 1), fig('r2025', '2010', 2)).map((r) => r.revision)).toEqual([null, null]);
	});

	it('keeps both figures when one edition was read from two sources, and then states no revision', () => {
		const rows = rowsOf(fig('r2019', '2010', 76000), fig('r2025', '2010', 74000), fig('r2025_press', '2010', 74500));
		expect(rows[0].cells[1].map((o) => o.source_id)).toEqual(['r2025', 'r2025_press']);
		expect(rows[0].revision).toBeNull();
	});

	it('keeps finer periods apart from the year they fall in (shorter first when they start together)', () => {
		const rows = rowsOf(fig('r2019', '2019', 1), fig('r2025', '2019-S1', 2), fig('r2025', '2019', 3));
		expect(rows.map((r) => [r.period, r.cells.map((c) => c.length)])).toEqual([
			['2019-S1', [0, 1]],
			['2019', [1, 1]]
		]);
	});
});
