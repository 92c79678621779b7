/**
 * The prerendered border chart embeds (/embed/border/<chart>/), read from the build without a
 * browser: each exists with its chart SVG, a table row for every figure the chart draws, the
 * source line and the link back to its section of the province's profile, and no site navigation.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { builtFile } from '../support/site';
import { loadCatalog } from '$lib/server/loadCatalog';
import { buildBorderSection } from '$lib/places/borderSection';
import { BORDER_CHARTS } from '$lib/places/borderCharts';

const border = buildBorderSection(loadCatalog());

describe('prerendered border chart embeds', () => {
	it.each(BORDER_CHARTS.map((c) => [c.id, c] as const))('/embed/border/%s/ has the chart, its figures, its sources and a link back', (id, chart) => {
		const file = builtFile('embed', 'border', id, 'index.html');
		expect(existsSync(file), file).toBe(true);
		const html = readFileSync(file, 'utf8');
		expect(html).toMatch(/<svg[^>]*role="img"/);
		expect(html).toContain(chart.title);
		expect(html).toMatch(/<p class="sources[^"]*"[^>]*>\s*<span class="label[^"]*">Sources?:<\/span>/);
		const table = /<details class="chart-table[\s\S]*?<\/details>/.exec(html)?.[0] ?? '';
		expect(table.match(/<tr/g)?.length).toBe(chart.rows(border).length + 1);
		expect(html).toMatch(new RegExp(`href="[^"]*/places/KH-1/#${id}"`));
		expect(html).not.toMatch(/<nav[^>]*aria-label="Main"/);
		expect(html).not.toContain('<footer');
	});
});
