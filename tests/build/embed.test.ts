/**
 * The prerendered embeds, read from the build without a browser: one page per indicator with
 * figures, each with its chart SVG, source line and link back but no site navigation, and a CSV
 * of the default view holding every figure of the indicator with its source.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { builtFile } from '../support/site';

const observations = Papa.parse<Record<string, string>>(readFileSync('data/observations.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;
const indicators = [...new Set(observations.map((o) => o.indicator_id))].sort();

describe('prerendered embeds', () => {
	it.each(indicators)('/embed/%s/ has the chart, its sources and a link back, and no site navigation', (id) => {
		const html = readFileSync(builtFile('embed', id, 'index.html'), 'utf8');
		expect(html).toMatch(/<svg[^>]*role="img"/);
		expect(html).toMatch(/Sources?:/);
		expect(html).toContain('Explore, download and cite on the Border Health &amp; Migration Observatory');
		expect(html).not.toMatch(/<nav[^>]*aria-label="Main"/);
		expect(html).not.toContain('<footer');
	});

	it.each(indicators)('/embed/%s/data.csv holds every figure of the indicator with its source', (id) => {
		const file = builtFile('embed', id, 'data.csv');
		expect(existsSync(file)).toBe(true);
		const rows = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;
		const expected = observations.filter((o) => o.indicator_id === id);
		expect(rows).toHaveLength(expected.length);
		const key = (r: Record<string, string>) => [r.geo_id, r.period, r.population_group, r.sex, r.source_id, Number(r.value)].join('|');
		expect(rows.map(key).sort()).toEqual(expected.map(key).sort());
		expect(rows.every((r) => r.source_url && r.source_publisher)).toBe(true);
	});
});
