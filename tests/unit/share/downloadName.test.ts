import { describe, expect, it } from 'vitest';
import { downloadName } from '$lib/share/downloadName';

describe('downloadName', () => {
	it('names the indicator, up to three places and the years', () => {
		expect(downloadName('hiv_prevalence', [{ geo_id: 'KHM', year: 1990 }, { geo_id: 'KHM', year: 2021 }], 'csv')).toBe(
			'hiv_prevalence-KHM-1990-2021.csv'
		);
		expect(downloadName('x', [{ geo_id: 'KH-1:poipet', year: 2014 }], 'svg')).toBe('x-KH-1_poipet-2014.svg');
	});
	it('leaves places out when there are many', () => {
		const rows = ['A', 'B', 'C', 'D'].map((geo_id) => ({ geo_id, year: 2000 }));
		expect(downloadName('x', rows, 'png')).toBe('x-2000.png');
	});
});
