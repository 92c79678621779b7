import { describe, expect, it } from 'vitest';
import { buildSeries } from '$lib/data/series';
import type { Observation } from '$lib/data/schema';
import { POPULATION_GROUPS, SEXES } from '$lib/data/schema';
import { groupPanels } from '$lib/explore/groupPanels';
import { capPanels, cappedNote, MAX_PANELS, MAX_SERIES } from '$lib/explore/capPanels';
import { validatePackage } from '$lib/data/validatePackage';
import { readPackageFiles } from '$lib/server/readPackageFiles';
import { obs } from './fixtures';

/** `places` series of `years` figures in every group × sex panel. */
function dense(places: number, years: number, groups: number = POPULATION_GROUPS.length): Observation[] {
	const rows: Observation[] = [];
	for (const population_group of POPULATION_GROUPS.slice(0, groups))
		for (const sex of SEXES)
			for (let g = 0; g < places; g++)
				for (let y = 0; y < years; y++)
					rows.push(obs({ indicator_id: 'hiv_prevalence', geo_id: `G${g}`, year: 2000 + y, value: 1, population_group, sex }));
	return rows;
}

describe('capPanels(panels)', () => {
	it('draws everything, and says nothing, when a view is within the limits', () => {
		const panels = groupPanels(buildSeries(dense(MAX_SERIES, 2, 4)));
		const capped = capPanels(panels);
		expect(capped.panels).toEqual(panels);
		expect(capped.hidden).toEqual({ panels: 0, series: 0, figures: 0 });
		expect(cappedNote(capped.hidden)).toBeNull();
	});

	it('draws the first panels and the first series of each, and counts every figure it leaves out', () => {
		const panels = groupPanels(buildSeries(dense(5, 3)));
		const total = panels.length;
		const capped = capPanels(panels, 4, 2);
		expect(capped.panels.map((p) => p.key)).toEqual(panels.slice(0, 4).map((p) => p.key));
		expect(capped.panels.every((p) => p.series.length === 2 && p.figures === 6)).toBe(true);
		expect(capped.panels[0].series).toEqual(panels[0].series.slice(0, 2));
		// 4 panels lose 3 series each; the other panels lose all 5.
		expect(capped.hidden).toEqual({ panels: total - 4, series: 4 * 3 + (total - 4) * 5, figures: (4 * 3 + (total - 4) * 5) * 3 });
		const drawn = capped.panels.reduce((n, p) => n + p.figures, 0);
		expect(drawn + capped.hidden.figures).toBe(dense(5, 3).length);
	});

	it('says what is not drawn and how to see it', () => {
		const note = cappedNote({ panels: 24, series: 1234, figures: 5678 }, 12, 40);
		expect(note).toContain('Not drawn: 1,234 series with 5,678 figures, including 24 whole panels');
		expect(note).toContain('at most 12 panels');
		expect(note).toContain('40 series in a panel');
		expect(note).toContain('see every figure in the table');
		expect(cappedNote({ panels: 0, series: 1, figures: 1 })).toMatch(/^Not drawn: 1 series with 1 figure\. /);
	});

	it('never caps a view of the published data', () => {
		const published = validatePackage(readPackageFiles('data')).tables?.observations ?? [];
		expect(published.length).toBeGreaterThan(400);
		for (const indicator of new Set(published.map((o) => o.indicator_id))) {
			const panels = groupPanels(buildSeries(published.filter((o) => o.indicator_id === indicator)));
			expect(capPanels(panels).hidden.series, indicator).toBe(0);
		}
	});
});
