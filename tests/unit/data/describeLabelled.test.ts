import { describe, expect, it } from 'vitest';
import { describeSeries } from '$lib/charts/describe';
import { buildSeries } from '$lib/data/series';
import type { LabelledSeries } from '$lib/data/seriesLabel';
import { obs } from '../data/series.fixture';

function labelled(rows: Parameters<typeof obs>[0][]): LabelledSeries[] {
	return buildSeries(rows.map(obs)).map((s) => ({ ...s, label: `${s.source_id} label`, sourceLabel: `${s.source_id} label`, placeLabel: 'Cambodia', groupLabel: 'all' }));
}

describe('describeSeries', () => {
	it('names the first and last year and value, the direction and the source', () => {
		const text = describeSeries(
			labelled([
				{ year: 1990, value: 0.1, source_id: 'wdi' },
				{ year: 2000, value: 1.3, source_id: 'wdi' },
				{ year: 2021, value: 0.6, source_id: 'wdi' }
			]),
			'HIV prevalence'
		);
		expect(text).toContain('0.1% in 1990');
		expect(text).toContain('0.6% in 2021');
		expect(text).toContain('goes up');
		expect(text).toContain('peaking at 1.3% in 2000');
		expect(text).toContain('wdi label');
	});
	it('describes a single figure in one sentence', () => {
		expect(describeSeries(labelled([{ year: 2016, value: 3.2, source_id: 's' }]), 'HIV prevalence')).toBe(
			'HIV prevalence: one published figure, 3.2% in 2016 (s label).'
		);
	});
	it('says so when there is nothing to show', () => {
		expect(describeSeries([], 'X')).toBe('X: no published figures.');
	});
});
