import { describe, expect, it, vi } from 'vitest';
import { render } from 'svelte/server';
import LineChart from '$lib/charts/LineChart.svelte';
import { buildSeries } from '$lib/data/series';
import { labelSeries } from '$lib/data/seriesLabel';
import type { Source } from '$lib/data/schema';
import { obs } from '../unit/data/series.fixture';

vi.mock('$app/paths', () => ({ base: '' }));

function source(source_id: string, publisher: string, year: number): Source {
	return { source_id, publisher, year, title: `${publisher} title`, url: 'https://example.org', locator: null, license: 'unknown', accessed: '2026-11-28' };
}
const lookups = {
	geoById: new Map([['KHM', { name: 'Cambodia' }]]),
	sourceById: new Map([
		['wdi_2024', source('wdi_2024', 'World Bank (series sourced from UNAIDS)', 2024)],
		['wdi_2017', source('wdi_2017', 'World Bank (series sourced from UNAIDS)', 2017)]
	])
};

describe('LineChart (server render)', () => {
	it('writes an SVG with title, description and a path per run', () => {
		const series = labelSeries(
			buildSeries([
				obs({ year: 2000, value: 1.3, source_id: 'wdi_2024' }),
				obs({ year: 2001, value: 1.3, source_id: 'wdi_2024' }),
				obs({ year: 2002, value: 1.2, source_id: 'wdi_2024' }),
				obs({ year: 1998, value: 1.9, source_id: 'wdi_2017' })
			]),
			lookups
		);
		const { body } = render(LineChart, { props: { id: 't', series, unit: 'percent', title: 'HIV prevalence' } });
		console.log(body.length);
		expect(body).toContain('<svg');
		expect(body).toContain('role="img"');
	});
});
