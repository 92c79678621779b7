/**
 * A chart's key drawn in SVG for exported images (on the page the key is HTML, which an SVG file
 * cannot carry): per series a swatch in its style (line only when the series has one, marker),
 * then its label. Entries flow left to right and wrap, like the HTML key.
 */
import { escapeXml, textWidth, wrapText } from './svgText';

export interface LegendEntry {
	label: string;
	/** CSS colour; `currentColor` becomes the text colour. */
	color: string;
	dash?: string;
	/** Marker path centred on 0,0 (palette.markerPath). */
	marker?: string;
	hollow?: boolean;
	/** Draw the line swatch (false for series drawn as dots only). */
	line?: boolean;
}

export const LEGEND_SIZE = 12.5;
const SWATCH = 32;
const GAP = 18;
const ROW = LEGEND_SIZE * 1.3 + 5;

function swatch(e: LegendEntry, x: number, cy: number, colors: { background: string; text: string }): string {
	const color = escapeXml(e.color === 'currentColor' ? colors.text : e.color);
	const bg = escapeXml(colors.background);
	let out = '';
	if (e.line !== false) {
		const dash = e.dash ? ` stroke-dasharray="${escapeXml(e.dash)}"` : '';
		out += `<line x1="${x}" x2="${x + 24}" y1="${cy}" y2="${cy}" stroke="${color}" stroke-width="2.25"${dash}/>`;
	}
	if (e.marker) {
		const [fill, stroke] = e.hollow ? [bg, color] : [color, bg];
		out += `<path transform="translate(${x + 12} ${cy})" d="${escapeXml(e.marker)}" fill="${fill}" stroke="${stroke}" stroke-width="${e.hollow ? 1.75 : 1}"/>`;
	}
	return out;
}

/** Legend starting at baseline `y`, left edge `x`, `width` px wide; returns its markup and height. */
export function svgLegend(
	entries: readonly LegendEntry[],
	x: number,
	y: number,
	width: number,
	colors: { background: string; text: string }
): { markup: string; height: number } {
	let markup = '';
	let cx = x;
	let row = 0;
	for (const e of entries) {
		const lines = wrapText(e.label, width - SWATCH, LEGEND_SIZE);
		const w = SWATCH + Math.max(...lines.map((l) => textWidth(l, LEGEND_SIZE)));
		if (cx > x && (cx + w > x + width || lines.length > 1)) {
			cx = x;
			row += 1;
		}
		const baseline = y + row * ROW;
		markup += swatch(e, cx, baseline - LEGEND_SIZE * 0.35, colors);
		markup += lines
			.map((l, i) => `<text x="${cx + SWATCH}" y="${baseline + i * LEGEND_SIZE * 1.3}" font-size="${LEGEND_SIZE}" fill="${escapeXml(colors.text)}">${escapeXml(l)}</text>`)
			.join('');
		row += lines.length - 1;
		cx = lines.length > 1 ? x + width : cx + w + GAP;
	}
	return { markup, height: (row + 1) * ROW };
}
