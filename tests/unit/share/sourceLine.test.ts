import { describe, expect, it } from 'vitest';
import { sourceLine } from '$lib/share/sourceLine';
import { UNAIDS, WB } from './fixtures';

describe('sourceLine', () => {
	it('lists every source with its title, then the chart permalink and access date', () => {
		expect(sourceLine([WB, UNAIDS], 'https://x.org/explore/?geo=KHM', '2026-12-01')).toBe(
			'Sources: World Bank, 2017 (Prevalence of HIV, total (% of population ages 15-49)); UNAIDS, 2024 (AIDSinfo: HIV prevalence, adults (15-49)).\n' +
				'Chart: Border Health & Migration Observatory, https://x.org/explore/?geo=KHM, accessed 2026-12-01'
		);
	});
});
