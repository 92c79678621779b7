import { describe, expect, it } from 'vitest';
import { viewApa, viewBibtex } from '$lib/share/citeView';

const view = {
	title: 'HIV prevalence: Cambodia, 1990–2021',
	url: 'https://example.org/explore/?geo=KHM&years=1990..2021',
	accessed: '2026-12-01',
	dataAsOf: '2026-11-28',
	sourceLabels: ['World Bank, 2024', 'UNAIDS, 2024'],
	indicatorId: 'hiv_prevalence'
};

describe('viewApa', () => {
	it('cites the observatory with the data year, the view title, the access date and the permalink', () => {
		expect(viewApa(view)).toBe(
			'Border Health & Migration Observatory. (2026). HIV prevalence: Cambodia, 1990–2021 [Interactive chart and data set]. ' +
				'Retrieved December 1, 2026, from https://example.org/explore/?geo=KHM&years=1990..2021'
		);
	});
});

describe('viewBibtex', () => {
	const bib = viewBibtex(view);
	it('has a stable key, escaped author and the access date', () => {
		expect(bib.startsWith('@misc{bhmo_hiv_prevalence_2026,')).toBe(true);
		expect(bib).toContain('author = {{Border Health \\& Migration Observatory}}');
		expect(bib).toContain('urldate = {2026-12-01}');
		expect(bib).toContain('url = {https://example.org/explore/?geo=KHM&years=1990..2021}');
	});
	it('names the underlying sources in the note', () => {
		expect(bib).toContain('Data from: World Bank, 2024; UNAIDS, 2024.');
	});
});
