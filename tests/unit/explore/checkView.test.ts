import { describe, expect, it } from 'vitest';
import { checkView } from '$lib/explore/checkView';
import { DEFAULT_VIEW } from '$lib/state/viewState';
import { fixtureTables } from './fixtures';

const explore = { indicators: fixtureTables([]).indicators };

describe('checkView(parsed, explore)', () => {
	it('drops a rate per 100,000 for a percentage indicator, with a reason', () => {
		const { view, dropped } = checkView({ view: { ...DEFAULT_VIEW, perCapita: true }, dropped: [] }, explore);
		expect(view.perCapita).toBe(false);
		expect(dropped).toEqual([{ param: 'per', value: '100k', reason: 'hiv prevalence is not a count, so it has no rate per 100,000' }]);
	});

	it('keeps a rate per 100,000 for a count indicator', () => {
		const parsed = { view: { ...DEFAULT_VIEW, indicator: 'deportees_from_tha', perCapita: true }, dropped: [] };
		expect(checkView(parsed, explore)).toEqual(parsed);
	});

	it('keeps reasons the codec already gave', () => {
		const earlier = [{ param: 'tab', value: 'pie', reason: 'expected one of chart, map, table' }];
		const { dropped } = checkView({ view: { ...DEFAULT_VIEW, perCapita: true }, dropped: earlier }, explore);
		expect(dropped.map((d) => d.param)).toEqual(['tab', 'per']);
	});
});
