import { describe, expect, it } from 'vitest';
import { sourceApa, sourceBibtex } from '$lib/share/citeSource';
import { UNAIDS, WB } from './fixtures';

describe('sourceApa', () => {
	it('gives author, year, title with locator, and the access date', () => {
		expect(sourceApa(UNAIDS)).toBe(
			'UNAIDS. (2024). AIDSinfo: HIV prevalence, adults (15-49) [Cambodia, 2000–2023]. Retrieved November 28, 2026, from https://aidsinfo.unaids.org/'
		);
	});
	it('writes n.d. when the source has no year, and never doubles a full stop', () => {
		const text = sourceApa({ ...WB, year: null, publisher: 'U.S. Department of State.' });
		expect(text.startsWith('U.S. Department of State. (n.d.). Prevalence of HIV')).toBe(true);
		expect(text).not.toContain('..');
	});
});

describe('sourceBibtex', () => {
	const bib = sourceBibtex(WB);
	it('is a @misc entry keyed by the source id', () => {
		expect(bib.startsWith('@misc{wb_wdi_2017,\n')).toBe(true);
		expect(bib.endsWith('\n}')).toBe(true);
	});
	it('keeps the publisher as one corporate author and escapes LaTeX specials', () => {
		expect(bib).toContain('author = {{World Bank (series sourced from UNAIDS estimates)}}');
		expect(bib).toContain('title = {{Prevalence of HIV, total (\\% of population ages 15-49)}}');
	});
	it('carries the URL and the access date', () => {
		expect(bib).toContain('url = {https://data.worldbank.org/indicator/SH.DYN.AIDS.ZS?locations=KH}');
		expect(bib).toContain('urldate = {2026-11-20}');
		expect(bib).toContain('year = {2017}');
	});
	it('has balanced braces', () => {
		const unescaped = bib.replace(/\\[{}]/g, '');
		expect(unescaped.split('{').length).toBe(unescaped.split('}').length);
	});
});
