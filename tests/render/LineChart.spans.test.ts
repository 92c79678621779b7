import { describe, expect, it, vi } from 'vitest';
import { render } from 'svelte/server';
import LineChart from '$lib/charts/LineChart.svelte';
import { buildSeries } from '$lib/data/series';
import { labelSeries } from '$lib/data/seriesLabel';
import { sourceOf } from '../support/rows';
import { obs } from '../unit/data/series.fixture';

vi.mock('$app/paths', () => ({ base: '' }));

const lookups = {
	geoById: new Map([['KH-1:poipet-aranyaprathet', { name: 'Poipet crossing' }]]),
	sourceById: new Map([['police', sourceOf({ source_id: 'police', publisher: 'Provincial police', year: 2019 })]])
};
const deportations = (periods: [string, number][]) =>
	labelSeries(
		buildSeries(
			periods.map(([period, value]) => obs({ period, value, unit: 'count', geo_id: 'KH-1:poipet-aranyaprathet', source_id: 'police' })),
			() => 'flow'
		),
		lookups
	);

/** The wide prerendered variant only. */
function wide(periods: [string, number][]) {
	const { body } = render(LineChart, { props: { id: 't', series: deportations(periods), unit: 'count', title: 'Deportations' } });
	return body.slice(body.indexOf('<div class="wide'), body.indexOf('<div class="narrow'));
}

describe('LineChart span markers (server render)', () => {
	const html = wide([
		['2013', 70000],
		['2014', 72000],
		['2015-01/2015-10', 55626],
		['2016', 66000],
		['2017', 70500]
	]);

	it('draws a year-to-date count as its own marker with a span line, off the line of full years', () => {
		expect(html.match(/<path class="line\b/g)).toHaveLength(2);
		const spans = html.match(/<path class="span\b[^>]*d="([^"]+)"/g) ?? [];
		expect(spans).toHaveLength(1);
		// Span from 1 January to the end of October, horizontal (one y for the whole line).
		const d = /d="M([\d.]+),([\d.]+)v6M([\d.]+),([\d.]+)H([\d.]+)M([\d.]+),([\d.]+)v6"/.exec(spans[0] ?? '')!;
		const [x1, , , yMid, x2] = d.slice(1).map(Number);
		expect(x2).toBeGreaterThan(x1);
		expect(Number(d[4])).toBe(yMid);
	});

	it('says the period in words on the figure keyboard target', () => {
		expect(html).toContain('aria-label="Provincial police, 2019, January – October 2015: 55,626"');
		expect(html).toContain('aria-label="Provincial police, 2019, 2014: 72,000"');
	});

	it('draws no span when every figure is on a line of full years', () => {
		const plain = wide([
			['2013', 70000],
			['2014', 72000],
			['2015', 67087]
		]);
		expect(plain).not.toContain('class="span');
		expect(plain.match(/<path class="line\b/g)).toHaveLength(1);
	});

	it('ticks the time axis on dates when the figures cover a few weeks of days', () => {
		const days = wide([
			['2025-07-24', 9000],
			['2025-07-25', 11000],
			['2025-07-26', 12500]
		]);
		const labels = [...days.matchAll(/<g class="axis-x[^>]*>([\s\S]*?)<\/g>/g)][0][1].match(/>([^<]+)<\/text>/g)!.map((t) => t.slice(1, -7));
		expect(labels.length).toBeGreaterThan(1);
		expect(labels.every((l) => /^(Jul|Aug) \d+(, 2025)?$/.test(l))).toBe(true);
	});
});

describe('LineChart table (server render)', () => {
	it('lists each figure with its period in words, not only the year', () => {
		const { body } = render(LineChart, {
			props: { id: 't', series: deportations([['2014', 72000], ['2015-01/2015-10', 55626]]), unit: 'count', title: 'Deportations' }
		});
		const table = body.slice(body.indexOf('<details class="chart-table'));
		expect(table).toMatch(/<th[^>]*>Period<\/th>/);
		expect(table).toMatch(/<td>(<!--[^>]*-->)?January – October 2015(<!--[^>]*-->)?<\/td>/);
		expect(table).toMatch(/<td>(<!--[^>]*-->)?2014(<!--[^>]*-->)?<\/td>/);
	});
});
