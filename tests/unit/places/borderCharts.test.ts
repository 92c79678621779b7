import { describe, expect, it } from 'vitest';
import { BORDER_CHARTS, borderChart, borderChartPath, borderChartSubject, borderEmbedPath } from '$lib/places/borderCharts';
import type { BorderSection } from '$lib/places/borderSection';
import { obs } from '../explore/fixtures';

describe('border charts', () => {
	it('are the returns, workers and remittances charts, found by their section anchor', () => {
		expect(BORDER_CHARTS.map((c) => c.id)).toEqual(['returns', 'workers', 'remittances']);
		expect(borderChart('workers')?.title).toBe('Cambodian migrant workers in Thailand');
		expect(borderChart('trafficking')).toBeUndefined();
	});

	it('link to their section of a place page and to their embed page', () => {
		const returns = borderChart('returns')!;
		expect(borderChartPath(returns, 'KH-1:poipet')).toBe('/places/KH-1:poipet/#returns');
		expect(borderChartPath(returns)).toBe('/places/KH-1/#returns');
		expect(borderEmbedPath(returns)).toBe('/embed/border/returns/');
		expect(borderChartSubject(returns)).toEqual({ indicator_id: 'border-returns', name: returns.title, unit: 'count' });
	});

	it('draw only US dollars on the remittances chart (the share of GDP is a table)', () => {
		const usd = obs({ indicator_id: 'remittances_received_usd', geo_id: 'KHM', year: 2019, value: 2.8e9, unit: 'usd' });
		const share = obs({ indicator_id: 'remittances_pct_gdp', geo_id: 'KHM', year: 2019, value: 5.9, unit: 'percent' });
		const border = { remittances: [usd, share] } as unknown as BorderSection;
		expect(borderChart('remittances')!.rows(border)).toEqual([usd]);
	});
});
