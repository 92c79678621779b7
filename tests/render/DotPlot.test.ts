import { describe, expect, it, vi } from 'vitest';
import { render } from 'svelte/server';
import DotPlot from '$lib/charts/DotPlot.svelte';
import ChartFrame from '$lib/charts/ChartFrame.svelte';
import type { Source } from '$lib/data/schema';
import { sourceOf } from '../support/rows';
import { createRawSnippet } from 'svelte';

vi.mock('$app/paths', () => ({ base: '' }));

describe('DotPlot (server render)', () => {
	const { body } = render(DotPlot, {
		props: {
			id: 'd',
			unit: 'percent',
			title: 'Skilled birth attendance, 2010',
			reference: { label: 'Cambodia', value: 72 },
			rows: [
				{ key: 'KH-12', label: 'Phnom Penh', value: 99 },
				{ key: 'KH-1', label: 'Banteay Meanchey', value: 69, highlight: true },
				{ key: 'KH-2', label: 'Battambang (with Pailin)', value: 78, hollow: true }
			]
		}
	});

	it('writes one dot per place, the grouped domain hollow, and the reference line', () => {
		const wide = body.slice(body.indexOf('<div class="wide'), body.indexOf('<div class="narrow'));
		expect(wide.match(/<circle/g)).toHaveLength(3);
		expect(wide).toMatch(/<circle [^>]*class="[^"]*hollow/);
		expect(wide).toContain('Cambodia: 72%');
		expect(wide).toMatch(/class="row[^"]*highlight/);
	});

	it('describes the range in its text alternative and lists every figure in a table', () => {
		expect(body).toContain('Skilled birth attendance, 2010: 3 places, from 99% (Phnom Penh) to 69% (Banteay Meanchey); Cambodia 72%.');
		expect(body.match(/<tr>/g)).toHaveLength(4);
		// The same disclosure as the line charts' tables.
		expect(body).toMatch(/<details class="chart-table[^"]*"[^>]*>\s*<summary[^>]*>Show the 3 figures in this chart as a table<\/summary>/);
	});
});

describe('DotPlot table order', () => {
	it('lists tied places in the order the chart draws them', () => {
		const { body } = render(DotPlot, {
			props: {
				id: 't',
				unit: 'percent',
				title: 'Skilled birth attendance, 2010',
				rows: [
					{ key: 'KH-18', label: 'Preah Sihanouk (with Koh Kong)', value: 79, hollow: true },
					{ key: 'KH-9', label: 'Koh Kong (with Preah Sihanouk)', value: 79, hollow: true },
					{ key: 'KH-12', label: 'Phnom Penh', value: 99 }
				]
			}
		});
		const wide = body.slice(body.indexOf('<div class="wide'), body.indexOf('<div class="narrow'));
		const drawn = [...wide.matchAll(/<text class="name[^>]*>([^<]+)</g)].map((m) => m[1]);
		const table = body.slice(body.indexOf('<tbody'));
		const firstCell = (row: string) => /<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/.exec(row)?.[1].replace(/<[^>]+>/g, '').trim();
		const listed = table.split('<tr').slice(1).map(firstCell);
		expect(drawn).toEqual(['Phnom Penh', 'Koh Kong (with Preah Sihanouk)', 'Preah Sihanouk (with Koh Kong)']);
		expect(listed).toEqual(drawn);
	});
});

describe('ChartFrame (server render)', () => {
	it('writes the title, subtitle and a source line linking to the bibliography', () => {
		const source: Source = sourceOf({
			source_id: 'wb_wdi_hiv_prev_csv_2024',
			publisher: 'World Bank (series sourced from UNAIDS estimates)',
			year: 2024,
			title: 'WDI',
			url: 'https://data.worldbank.org',
			locator: null,
			license: 'CC BY 4.0',
			accessed: '2026-11-28'
		});
		const { body } = render(ChartFrame, {
			props: {
				id: 'f',
				title: 'Adult HIV prevalence',
				subtitle: 'Share of adults',
				sources: [source],
				children: createRawSnippet(() => ({ render: () => '<div>chart</div>' }))
			}
		});
		expect(body.replace(/<!---->/g, '')).toMatch(/<h3 [^>]*>Adult HIV prevalence<\/h3>/);
		expect(body).toContain('href="/sources/#wb_wdi_hiv_prev_csv_2024"');
		expect(body).toContain('World Bank, 2024</a>');
	});
});
