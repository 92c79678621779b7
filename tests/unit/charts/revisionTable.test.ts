import { describe, expect, it } from 'vitest';
import { editionFamilies } from '$lib/data/editions';
import { revisionRows } from '$lib/data/revisions';
import { revisionTable } from '$lib/charts/revisionTable';
import { editionStyle, EARLIER_EDITION_COLOR } from '$lib/charts/editionStyle';
import { observationOf, sourceOf } from '../../support/rows';

const sources = new Map(
	[
		sourceOf({ source_id: 'wdi_2017', series: 'wdi', edition: '2017' }),
		sourceOf({ source_id: 'wdi_2024', series: 'wdi', edition: '2024' })
	].map((s) => [s.source_id, s])
);
const fig = (source_id: string, period: string, value: number) => observationOf({ source_id, period, value });

describe('revisionTable(rows, editions, unit)', () => {
	const family = editionFamilies([fig('wdi_2017', '1998', 1.9), fig('wdi_2024', '1998', 1.2), fig('wdi_2024', '2023', 0.6), fig('wdi_2017', '2005', 1.1), fig('wdi_2024', '2005', 1.1)], sources)[0];
	const table = revisionTable(revisionRows(family), ['2017', '2024'], 'percent');

	it('has a column per edition between the reference period and the revision', () => {
		expect(table.columns.map((c) => c.label)).toEqual(['Reference period', '2017 edition', '2024 edition', 'Revision, 2017 → 2024']);
	});

	it('writes each edition’s value and the revision in percentage points', () => {
		expect(table.rows[0]).toEqual({ period: '1998', edition_0: '1.9%', edition_1: '1.2%', revision: '−0.7 percentage points' });
	});

	it('names the editions compared when a period is not in the first or the latest one', () => {
		const three = new Map([...sources, ['wdi_2026', sourceOf({ source_id: 'wdi_2026', series: 'wdi', edition: '2026' })]]);
		const f = editionFamilies([fig('wdi_2017', '1998', 1.9), fig('wdi_2024', '1998', 1.2), fig('wdi_2026', '2020', 1)], three)[0];
		expect(revisionTable(revisionRows(f), ['2017', '2024', '2026'], 'percent').rows[0].revision).toBe('−0.7 percentage points (2017 → 2024)');
	});

	it('says "no change" when editions agree, and leaves cells empty where an edition has no figure', () => {
		expect(table.rows.map((r) => [r.period, r.revision])).toEqual([
			['1998', '−0.7 percentage points'],
			['2005', 'no change'],
			['2023', null]
		]);
		expect(table.rows[2].edition_0).toBeNull();
	});

	it('labels finer periods in words', () => {
		const f = editionFamilies([fig('wdi_2017', '2019-S1', 3), fig('wdi_2024', '2019-S1', 4)], sources)[0];
		expect(revisionTable(revisionRows(f), ['2017', '2024'], 'percent').rows[0].period).toBe('January – June 2019');
	});
});

describe('editionStyle(index, count)', () => {
	it('draws the latest edition solid in the first series colour and every earlier one grey, dashed and hollow', () => {
		const styles = [0, 1, 2].map((i) => editionStyle(i, 3));
		expect(styles[2]).toMatchObject({ dash: undefined, hollow: false, shape: 'circle' });
		expect(styles[2].color).not.toBe(EARLIER_EDITION_COLOR);
		for (const s of styles.slice(0, 2)) expect(s).toMatchObject({ color: EARLIER_EDITION_COLOR, hollow: true });
		// Earlier editions differ from each other by dash and marker, not by colour.
		expect(styles[0].dash).not.toBe(styles[1].dash);
		expect(styles[0].shape).not.toBe(styles[1].shape);
	});
});
