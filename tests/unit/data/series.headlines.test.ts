import { describe, expect, it } from 'vitest';
import { headline } from '$lib/data/headlines';
import { obs } from './series.fixture';

const spec = { indicator_id: 'hiv_prevalence', geo_id: 'KHM', population_group: 'adults_15_49', sex: 'total' } as const;

describe('headline', () => {
	it('compares the latest figure with the previous one from the same source only', () => {
		const h = headline(
			[
				obs({ year: 2019, value: 0.7, source_id: 'wdi' }),
				obs({ year: 2021, value: 0.6, source_id: 'wdi' }),
				obs({ year: 2020, value: 0.9, source_id: 'other' })
			],
			spec
		)!;
		expect(h.latest).toMatchObject({ year: 2021, value: 0.6, source_id: 'wdi' });
		expect(h.previous).toMatchObject({ year: 2019, source_id: 'wdi' });
		expect(h.change).toBe('\u22120.1 percentage points');
	});

	it('has no change when the source published only one figure', () => {
		const h = headline([obs({ year: 2024, value: 92, source_id: 'x' }), obs({ year: 2022, value: 86, source_id: 'y' })], spec)!;
		expect(h.latest.source_id).toBe('x');
		expect(h.previous).toBeNull();
		expect(h.change).toBeNull();
	});

	it('lists other sources for the same year beside the headline (disputed figures)', () => {
		const h = headline(
			[obs({ year: 2025, value: 200000, source_id: 'a' }), obs({ year: 2025, value: 750000, source_id: 'b' })],
			spec
		)!;
		expect([h.latest.value, ...h.others.map((o) => o.value)].sort()).toEqual([200000, 750000]);
	});

	it('never makes a headline of a selected-sites sample', () => {
		expect(headline([obs({ year: 2016, scope: 'sample' })], spec)).toBeNull();
	});
});
