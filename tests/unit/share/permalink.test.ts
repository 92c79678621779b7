import { describe, expect, it } from 'vitest';
import { embedUrl, exploreUrl } from '$lib/share/permalink';
import { DEFAULT_VIEW } from '$lib/state/viewState';

const view = { ...DEFAULT_VIEW, indicator: 'deportees_from_tha', geo: ['POIPET', 'KHM'], years: [2010, 2020] as [number, number], tab: 'map' as const };

describe('permalinks', () => {
	it('exploreUrl(site, view) keeps every part of the view', () => {
		expect(exploreUrl('https://x.org/obs/', view)).toBe(
			'https://x.org/obs/explore/?indicator=deportees_from_tha&geo=POIPET~KHM&years=2010..2020&tab=map'
		);
	});
	it('embedUrl(site, view) puts the indicator in the path and shows the chart', () => {
		expect(embedUrl('https://x.org', view)).toBe('https://x.org/embed/deportees_from_tha/?geo=POIPET~KHM&years=2010..2020');
		expect(embedUrl('', { ...DEFAULT_VIEW, theme: 'dark' })).toBe('/embed/hiv_prevalence/?theme=dark');
	});
});
