/**
 * ChoroplethMap rendered on the server (what prerendering writes, before any JavaScript): one path
 * per province plus the neighbours, the right class for known CDHS 2010 figures, survey domains as
 * one focusable unit, "No data" for missing provinces, and no points for key populations.
 * Set MAP_RENDER_OUT=/tmp/x to also write the HTML for a screenshot.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import ChoroplethMap from '$lib/charts/map/ChoroplethMap.svelte';
import { loadCatalog } from '$lib/server/loadCatalog';
import { provinceSnapshots, toMapPoints, toMapValues } from '$lib/charts/map/mapValues';
import type { MapValue } from '$lib/charts/map/mapUnits';
import type { MapPoint } from '$lib/charts/map/placeMap';

const catalog = loadCatalog();
const sba = provinceSnapshots(catalog.observationsByIndicator.get('skilled_birth_attendance') ?? [])[0];
const sbaValues = toMapValues(sba.observations, (id) => ({ label: 'CDHS 2010', url: catalog.sourceById.get(id)?.url }));
const points: MapPoint[] = toMapPoints(catalog.geo);

function renderPage(values: MapValue[], extra: Record<string, unknown> = {}) {
	return render(ChoroplethMap, {
		props: { values, unit: 'percent', title: 'Births attended by skilled personnel, 2010', points, ...extra }
	});
}
const renderMap = (values: MapValue[], extra: Record<string, unknown> = {}) => renderPage(values, extra).body;

/** A standalone page (site CSS + component CSS when compiled with css: 'injected') for screenshots. */
function writePage(name: string, values: MapValue[], extra: Record<string, unknown> = {}) {
	const { head, body } = renderPage(values, extra);
	const css = readFileSync('src/app.css', 'utf8');
	const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><style>${css}</style>${head}</head><body><main style="max-width:72rem;margin:0 auto;padding:1rem">${body}</main></body></html>`;
	writeFileSync(`${process.env.MAP_RENDER_OUT}/${name}.html`, page);
}

/** Attributes of every element whose opening tag contains `marker`. */
function tags(html: string, marker: string): string[] {
	return [...html.matchAll(/<(?:path|g|circle|text)\b[^>]*>/g)].map((m) => m[0]).filter((t) => t.includes(marker));
}
const attr = (tag: string, name: string) => tag.match(new RegExp(`${name}="([^"]*)"`))?.[1];
/** Plain-text check that does not print the whole document when it fails. */
const has = (html: string, text: string) => expect(html.includes(text), `HTML contains ${text}`).toBe(true);

describe('ChoroplethMap (server render)', () => {
	const html = renderMap(sbaValues);
	if (process.env.MAP_RENDER_OUT) {
		mkdirSync(process.env.MAP_RENDER_OUT, { recursive: true });
		writePage('national', sbaValues);
		writePage('border', sbaValues, { view: 'border' });
		writePage('partial', sbaValues.filter((v) => !['KH-9', 'KH-18', 'KH-10'].includes(v.geo_id)), { method: 'quantile' });
	}
	const provinces = tags(html, 'data-geo-id=');
	const fillOf = (id: string) => attr(provinces.find((t) => t.includes(`data-geo-id="${id}"`))!, 'class');

	it('uses the 24 CDHS 2010 province figures of the data', () => {
		expect(sba.year).toBe(2010);
		expect(sbaValues).toHaveLength(24);
	});

	it('draws one path per province (24) and Thailand, Laos and Vietnam, labelled', () => {
		expect(provinces).toHaveLength(24);
		expect(new Set(provinces.map((t) => attr(t, 'data-geo-id')))).toEqual(new Set(Array.from({ length: 24 }, (_, i) => `KH-${i + 1}`)));
		for (const t of provinces) expect(attr(t, 'd')).toMatch(/^M[\d.]/);
		expect(tags(html, 'data-country=').map((t) => attr(t, 'data-country')).sort()).toEqual(['LAO', 'THA', 'VNM']);
		for (const name of ['Thailand', 'Laos', 'Vietnam']) has(html, `>${name}</text>`);
	});

	it('colours a province by the class of its published value (equal intervals 20–40–…–100)', () => {
		// 28..99 % → bounds 20, 40, 60, 80, 100: Phnom Penh 99 → class 3, Banteay Meanchey 69 → class 2.
		expect(fillOf('KH-12')).toContain('class-3');
		expect(fillOf('KH-1')).toContain('class-2');
		expect(fillOf('KH-13')).toContain('class-0');
		has(html, '20–40%');
	});

	it('draws Battambang + Pailin (78 %) as one focusable unit in one class', () => {
		const unit = tags(html, 'data-unit="KH-2+KH-24"');
		expect(unit).toHaveLength(1);
		expect(attr(unit[0], 'aria-label')).toBe('Battambang + Pailin (one survey domain): 78% (2010, CDHS 2010)');
		expect(fillOf('KH-2')).toContain('class-2');
		expect(fillOf('KH-24')).toBe(fillOf('KH-2'));
		expect(tags(html, 'data-unit="KH-2"')).toHaveLength(0);
	});

	it('makes every province reachable: 19 focusable units (24 provinces, 5 two-province domains)', () => {
		const units = tags(html, 'data-unit=').filter((t) => t.startsWith('<g'));
		expect(units).toHaveLength(19);
		for (const t of units) expect(attr(t, 'tabindex')).toBe('0');
		const covered = units.flatMap((t) => attr(t, 'data-unit')!.split('+'));
		expect(covered.sort()).toEqual(Array.from({ length: 24 }, (_, i) => `KH-${i + 1}`).sort());
		expect(attr(tags(html, 'data-unit="KH-1"')[0], 'aria-label')).toBe('Banteay Meanchey: 69% (2010, CDHS 2010)');
		has(html, 'Kampong Cham (incl. Tboung Khmum): 68% (2010, CDHS 2010)');
	});

	it('hatches a province without a figure as "No data" and lists it in the table', () => {
		const partial = renderMap(sbaValues.filter((v) => v.geo_id !== 'KH-10'));
		const kh10 = tags(partial, 'data-geo-id="KH-10"')[0];
		expect(attr(kh10, 'class')).toContain('nodata');
		expect(attr(kh10, 'fill')).toMatch(/^url\(#map-.+-nodata\)$/);
		expect(attr(tags(partial, 'data-unit="KH-10"')[0], 'aria-label')).toBe('Kratie: no data');
		expect(/Kratie(<!--[^>]*-->)*<\/th>(<!--[^>]*-->)*<td colspan="\d" class="nodata[^"]*">No data/.test(partial)).toBe(true);
	});

	it('emphasises Banteay Meanchey, labels Sisophon and Poipet, and states the boundary caveat', () => {
		expect(tags(html, 'class="highlight')).toHaveLength(1);
		has(html, '>Sisophon</text>');
		has(html, '>Poipet</text>');
		has(html, ">O'Smach</text>");
		expect(tags(html, 'data-point=').filter((t) => t.startsWith('<g'))).toHaveLength(4);
		has(html, 'Boundaries are not authoritative');
		has(html, 'Natural Earth');
	});

	it('never draws points for key-population figures, whatever showPoints says', () => {
		const kp = sbaValues.map((v) => ({ ...v, population_group: 'few' as const }));
		const body = renderMap(kp, { showPoints: true });
		expect(tags(body, 'data-point=')).toHaveLength(0);
		has(body, 'never as points');
	});

	it('zooms on Banteay Meanchey and the border in the border view', () => {
		const border = renderMap(sbaValues, { view: 'border' });
		const units = tags(border, 'data-unit=').filter((t) => t.startsWith('<g')).map((t) => attr(t, 'data-unit'));
		expect(units).toContain('KH-1');
		expect(units).not.toContain('KH-12');
		has(border, '>Banteay Meanchey</text>');
	});
});
