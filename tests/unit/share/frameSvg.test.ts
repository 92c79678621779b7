import { describe, expect, it } from 'vitest';
import { SAFE_FONT_STACK, frameSvg } from '$lib/share/frameSvg';
import { escapeXml, wrapText } from '$lib/share/svgText';

describe('wrapText', () => {
	it('breaks at spaces so no line is longer than the width allows', () => {
		const lines = wrapText('Source: World Bank (2024), Prevalence of HIV, total (% of population ages 15-49)', 200, 12);
		expect(lines.length).toBeGreaterThan(1);
		for (const line of lines) expect(line.length).toBeLessThanOrEqual(Math.floor(200 / (12 * 0.56)));
		expect(lines.join(' ')).toBe('Source: World Bank (2024), Prevalence of HIV, total (% of population ages 15-49)');
	});
});

describe('escapeXml', () => {
	it('escapes markup characters', () => {
		expect(escapeXml(`<a & "b" 'c'>`)).toBe('&lt;a &amp; &quot;b&quot; &apos;c&apos;&gt;');
	});
});

describe('frameSvg', () => {
	const out = frameSvg({
		width: 400,
		charts: [{ markup: '<svg xmlns="http://www.w3.org/2000/svg" width="368" height="200" viewBox="0 0 368 200"><rect width="10" height="10"/></svg>', height: 200 }],
		title: 'HIV prevalence & <trend>',
		source: 'Source: UNAIDS, 2024.\nBorder Health & Migration Observatory',
		description: 'It fell.',
		colors: { background: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)', muted: 'rgb(80, 80, 80)' },
		fontFamily: SAFE_FONT_STACK
	});
	it('is a standalone SVG document with xmlns, size and a background', () => {
		expect(out.markup.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		expect(out.markup).toContain(`width="400" height="${out.height}" viewBox="0 0 400 ${out.height}"`);
		expect(out.markup).toContain('<rect width="100%" height="100%" fill="rgb(255, 255, 255)"/>');
	});
	it('includes the title (escaped), the description and every source line', () => {
		expect(out.markup).toContain('<title>HIV prevalence &amp; &lt;trend&gt;</title>');
		expect(out.markup).toContain('<desc>It fell.</desc>');
		expect(out.markup).toContain('Source: UNAIDS, 2024.');
		expect(out.markup).toContain('Border Health &amp; Migration Observatory');
	});
	it('makes room for the chart between title and source', () => {
		expect(out.height).toBeGreaterThan(200 + 18 + 12 * 2);
		expect(out.markup).toMatch(/<g transform="translate\(16 \d+\)"><svg/);
	});
	it('references no external resource', () => {
		expect(out.markup).not.toMatch(/href=|url\(|@import|@font-face/);
	});
});

describe('frameSvg legend', () => {
	it('draws one entry per series with its colour, dash and marker, resolving currentColor', () => {
		const out = frameSvg({
			width: 400,
			charts: [
				{
					markup: '<svg xmlns="http://www.w3.org/2000/svg"/>',
					height: 100,
					legend: [
						{ label: 'World Bank, 2024', color: '#0072B2', marker: 'M0,0Z' },
						{ label: 'Study (selected sites, not national)', color: 'currentColor', dash: '6 4', hollow: true }
					]
				}
			],
			title: 'T',
			source: 'S',
			colors: { background: '#fff', text: '#111', muted: '#555' },
			fontFamily: SAFE_FONT_STACK
		});
		expect(out.markup).toContain('stroke="#0072B2"');
		expect(out.markup).toContain('d="M0,0Z"');
		expect(out.markup).toContain('stroke="#111" stroke-width="2.25" stroke-dasharray="6 4"');
		expect(out.markup).toContain('>World Bank, 2024</text>');
		expect(out.markup).not.toContain('currentColor');
	});
});

describe('frameSvg small multiples', () => {
	it('stacks the charts in order, each under its heading, and grows to fit them', () => {
		const part = (heading: string) => ({ markup: `<svg xmlns="http://www.w3.org/2000/svg" id="${heading}"/>`, height: 150, heading });
		const one = frameSvg({ width: 400, charts: [part('A')], title: 'T', source: 'S', colors: { background: '#fff', text: '#111', muted: '#555' }, fontFamily: SAFE_FONT_STACK });
		const two = frameSvg({ width: 400, charts: [part('Adults'), part('Female entertainment workers')], title: 'T', source: 'S', colors: { background: '#fff', text: '#111', muted: '#555' }, fontFamily: SAFE_FONT_STACK });
		expect(two.height).toBeGreaterThan(one.height + 150);
		expect(two.markup.indexOf('>Adults<')).toBeLessThan(two.markup.indexOf('id="Adults"'));
		expect(two.markup.indexOf('id="Adults"')).toBeLessThan(two.markup.indexOf('>Female entertainment workers<'));
	});
});

describe('svgLegend', () => {
	const colors = { background: '#fff', text: '#111' };
	it('flows short entries on one row and wraps when the width is used up', async () => {
		const { svgLegend } = await import('$lib/share/svgLegend');
		const entries = ['A', 'B', 'C'].map((label) => ({ label, color: '#000' }));
		expect(svgLegend(entries, 0, 10, 600, colors).height).toBe(svgLegend(entries.slice(0, 1), 0, 10, 600, colors).height);
		expect(svgLegend(entries, 0, 10, 80, colors).height).toBeGreaterThan(svgLegend(entries, 0, 10, 600, colors).height);
	});
	it('draws no line swatch for a dots-only series', async () => {
		const { svgLegend } = await import('$lib/share/svgLegend');
		expect(svgLegend([{ label: 'x', color: '#000', line: false, marker: 'M0Z' }], 0, 10, 300, colors).markup).not.toContain('<line');
	});
});

describe('wrapText with long words', () => {
	it('cuts a URL longer than a line into pieces that fit', () => {
		const url = `https://example.org/explore/?geo=${'KH-1~'.repeat(30)}KHM`;
		const lines = wrapText(`Chart: ${url}`, 300, 12);
		const perLine = Math.floor(300 / (12 * 0.56));
		expect(lines.every((l) => l.length <= perLine)).toBe(true);
		expect(lines.join('').replace('Chart:', '')).toBe(url);
	});
});
