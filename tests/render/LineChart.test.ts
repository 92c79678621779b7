import { describe, expect, it, vi } from 'vitest';
import { render } from 'svelte/server';
import LineChart from '$lib/charts/LineChart.svelte';
import { buildSeries } from '$lib/data/series';
import { labelSeries } from '$lib/data/seriesLabel';
import type { Source } from '$lib/data/schema';
import { sourceOf } from '../support/rows';
import { obs } from '../unit/data/series.fixture';

vi.mock('$app/paths', () => ({ base: '' }));

function source(source_id: string, publisher: string, year: number): Source {
	return sourceOf({ source_id, publisher, year, title: `${publisher} title`, url: 'https://example.org' });
}
const lookups = {
	geoById: new Map([['KHM', { name: 'Cambodia' }]]),
	sourceById: new Map([
		['wdi_2024', source('wdi_2024', 'World Bank (series sourced from UNAIDS)', 2024)],
		['wdi_2017', source('wdi_2017', 'World Bank (series sourced from UNAIDS)', 2017)],
		['ywhs', source('ywhs', 'BMJ (PubMed Central copy)', 2013)]
	])
};

const series = labelSeries(
	buildSeries([
		obs({ year: 2000, value: 1.3, source_id: 'wdi_2024' }),
		obs({ year: 2001, value: 1.3, source_id: 'wdi_2024' }),
		obs({ year: 2002, value: 1.2, source_id: 'wdi_2024' }),
		obs({ year: 2005, value: 1.1, source_id: 'wdi_2024' }),
		obs({ year: 2006, value: 1.0, lower: 0.8, upper: 1.2, source_id: 'wdi_2024' }),
		obs({ year: 1998, value: 1.9, source_id: 'wdi_2017' }),
		obs({ year: 2005, value: 1.1, source_id: 'wdi_2017' }),
		obs({ year: 2003, value: 2.3, lower: 1.5, upper: 3.1, source_id: 'ywhs', scope: 'sample' })
	]),
	lookups
);

const { body } = render(LineChart, {
	props: { id: 't', series, unit: 'percent', title: 'HIV prevalence', annotations: [{ start: '2004-01-01', label: 'Event' }] }
});
/** The wide prerendered variant only. */
const wide = body.slice(body.indexOf('<div class="wide'), body.indexOf('<div class="narrow'));

/** Numbers rounded to one decimal and Svelte's style hashes dropped, so the snapshot changes only with the drawing. */
const rounded = (html: string) =>
	html.replace(/ ?svelte-[a-z0-9]+/g, '').replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10));

describe('LineChart (server render)', () => {
	it('prerenders a wide and a narrow layout, each an SVG img with title and description', () => {
		expect(body.match(/<svg class="line-chart[^"]*"[^>]*role="img"/g)).toHaveLength(2);
		expect(wide).toContain('<title id="t-w-title">HIV prevalence</title>');
		// The same generator as the share panel's alt text (lib/data/altText).
		expect(wide).toMatch(/<desc id="t-w-desc">The chart shows 3 series of HIV prevalence for Cambodia, 1998–2006, from 3 sources;/);
		expect(wide).toContain('fell from 1.3% in 2000 to 1% in 2006, no figures for 2003–2004 (World Bank, 2024).</desc>');
	});

	it('draws a line only within runs of consecutive years of one source', () => {
		// wdi_2024: 2000–2002 and 2005–2006 → two lines; wdi_2017 (1998, 2005) and ywhs → none.
		expect(wide.match(/<path class="line\b/g)).toHaveLength(2);
	});

	it('draws published intervals as whiskers where a run is not fully covered by bounds', () => {
		expect(wide.match(/<path class="whisker\b/g)).toHaveLength(2);
		expect(wide.match(/<path class="band\b/g)).toBeNull();
	});

	it('marks the selected-sites sample in the legend and draws it hollow', () => {
		expect(body).toContain('BMJ, 2013 (selected sites, not national)');
		expect(wide).toMatch(/class="marker[^"]*hollow/);
	});

	it('gives every figure a keyboard target with its value, one tab stop per chart', () => {
		const buttons = wide.match(/<button[^>]*>/g) ?? [];
		expect(buttons).toHaveLength(8);
		expect(buttons.filter((b) => b.includes('tabindex="0"'))).toHaveLength(1);
		expect(wide).toContain('aria-label="World Bank, 2024, 2006: 1% (interval 0.8–1.2%)"');
	});

	it('writes the event marker and a table of every figure', () => {
		expect(wide).toContain('>Event</text>');
		expect(body).toContain('Show the 8 figures in this chart as a table');
		expect(body.match(/<tr>/g)?.length).toBe(9);
	});

	it('matches the stored SVG (numbers rounded)', () => {
		const svg = wide.slice(wide.indexOf('<svg'), wide.indexOf('</svg>') + 6);
		expect(rounded(svg)).toMatchSnapshot();
	});
});
