import { describe, expect, it } from 'vitest';
import { altText, describeLabelled } from '$lib/data/altText';
import { buildSeries } from '$lib/data/series';
import type { LabelledSeries } from '$lib/data/seriesLabel';
import { obs } from './series.fixture';

function labelled(rows: Parameters<typeof obs>[0][]): LabelledSeries[] {
	return buildSeries(rows.map(obs)).map((s) => ({ ...s, label: `${s.source_id} label`, sourceLabel: `${s.source_id} label`, placeLabel: 'Cambodia', groupLabel: 'all' }));
}

describe('describeLabelled (the chart <desc>)', () => {
	const hiv = labelled([
		{ year: 1990, value: 0.1, source_id: 'wdi' },
		{ year: 2000, value: 1.3, source_id: 'wdi' },
		{ year: 2021, value: 0.6, source_id: 'wdi' }
	]);

	it('names the first and last year and value, the direction, a peak and the source', () => {
		const text = describeLabelled(hiv, 'HIV prevalence');
		expect(text).toContain('0.1% in 1990');
		expect(text).toContain('0.6% in 2021');
		expect(text).toContain('rose');
		expect(text).toContain('peaking at 1.3% in 2000');
		expect(text).toContain('(wdi label)');
	});

	it('reads exactly as the share panel alt text for the same series', () => {
		const share = altText({
			indicatorName: 'HIV prevalence',
			series: hiv,
			geoName: (id) => (id === 'KHM' ? 'Cambodia' : id),
			sourceLabel: (id) => `${id} label`
		});
		expect(describeLabelled(hiv, 'HIV prevalence')).toBe(share);
	});

	it('describes a single figure in one sentence', () => {
		expect(describeLabelled(labelled([{ year: 2016, value: 3.2, source_id: 's' }]), 'HIV prevalence')).toBe(
			'HIV prevalence among adults aged 15–49 in Cambodia was 3.2% in 2016 (s label).'
		);
	});

	it('says so when there is nothing to show', () => {
		expect(describeLabelled([], 'X')).toBe('X: no published figures match this view.');
	});
});
