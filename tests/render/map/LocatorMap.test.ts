/**
 * LocatorMap rendered on the server: the border zoom around Banteay Meanchey with its towns, as a
 * single image with a text alternative and nothing focusable. MAP_RENDER_OUT writes the HTML.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { readFileSync, writeFileSync } from 'node:fs';
import LocatorMap from '$lib/charts/map/LocatorMap.svelte';
import { toMapPoints } from '$lib/charts/map/mapValues';
import { loadCatalog } from '$lib/server/loadCatalog';

const points = toMapPoints(loadCatalog().geo);

describe('LocatorMap (server render)', () => {
	const { head, body } = render(LocatorMap, { props: { points } });
	if (process.env.MAP_RENDER_OUT) {
		const css = readFileSync('src/app.css', 'utf8');
		writeFileSync(`${process.env.MAP_RENDER_OUT}/locator.html`, `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${css}</style>${head}</head><body style="padding:1rem">${body}</body></html>`);
	}

	it('is one image described in words, with nothing to tab to', () => {
		expect(body).toMatch(/<svg[^>]*role="img"[^>]*aria-label="Map of Banteay Meanchey and the border with Thailand, showing Sisophon, Poipet/);
		expect(body).not.toContain('tabindex');
	});

	it('outlines Banteay Meanchey, labels Thailand and the towns, and carries the boundary caveat', () => {
		expect(body.match(/class="line highlight/g)).toHaveLength(1);
		for (const text of ['>Thailand</text>', '>Sisophon</text>', '>Poipet</text>', 'Boundaries are not authoritative']) {
			expect(body.includes(text), text).toBe(true);
		}
	});
});
