import { describe, expect, it } from 'vitest';
import { dotsAltText } from '$lib/share/dotsAltText';
import { geoName, obs } from '../share/fixtures';

const ctx = { indicatorName: 'Skilled birth attendance', geoName, sourceLabel: (id: string) => (id === 'unaids_2024' ? 'CDHS, 2010' : id) };

describe('dotsAltText', () => {
	it('names the year, the highest and lowest place with values, the focus place and the source', () => {
		const figures = [
			obs({ year: 2010, value: 92, geo_id: 'KH-2' }),
			obs({ year: 2010, value: 41, geo_id: 'KH-9' }),
			obs({ year: 2010, value: 69, geo_id: 'KH-1' })
		];
		expect(dotsAltText({ ...ctx, figures, focus: 'KH-1' })).toBe(
			'Skilled birth attendance, 2010, 3 figures for 3 places: highest Battambang 92%, lowest Koh Kong 41%; Banteay Meanchey 69% (CDHS, 2010).'
		);
	});
	it('gives each figure its year when the years differ', () => {
		const figures = [obs({ year: 2005, value: 26, geo_id: 'KH-2' }), obs({ year: 2016, value: 3.2 })];
		expect(dotsAltText({ ...ctx, figures })).toBe(
			'Skilled birth attendance, 2005–2016, 2 figures each published for a single year: highest Battambang 26% in 2005, lowest Cambodia 3.2% in 2016 (CDHS, 2010).'
		);
	});
	it('describes one figure and no figure plainly', () => {
		expect(dotsAltText({ ...ctx, figures: [obs({ year: 2010, value: 69, geo_id: 'KH-1' })] })).toBe(
			'Skilled birth attendance: Banteay Meanchey 69% in 2010 (CDHS, 2010).'
		);
		expect(dotsAltText({ ...ctx, figures: [] })).toBe('Skilled birth attendance: no published figures match this view.');
	});
});
