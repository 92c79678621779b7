/**
 * A chart's key drawn in SVG for exported images (on the page the key is HTML, which an SVG file
 * cannot carry): per series a line-and-marker swatch in its style, then its label, wrapped.
 */
import { escapeXml, wrapText } from './svgText';

export interface LegendEntry {
	label: string;
	/** CSS colour; `currentColor` becomes the text colour. */
	color: string;
	dash?: string;
	/** Marker path centred on 0,0 (palette.markerPath). */
	marker?: string;
	hollow?: boolean;
}

export const LEGEND_SIZE = 12.5;

/** Legend rows starting at baseline `y`, left edge `x`, `width` px wide. */
export function svgLegend(
	entries: readonly LegendEntry[],
	x: number,
	y: number,
	width: number,
	colors: { background: string; text: string }
): { markup: string; height: number } {
	let markup = '';
	let dy = 0;
	const bg = escapeXml(colors.background);
	for (const e of entries) {
		const color = escapeXml(e.color === 'currentColor' ? colors.text : e.color);
		const lines = wrapText(e.label, width - 34, LEGEND_SIZE);
		const cy = y + dy - LEGEND_SIZE * 0.35;
		const dash = e.dash ? ` stroke-dasharray="${escapeXml(e.dash)}"` : '';
		markup += `<line x1="${x}" x2="${x + 24}" y1="${cy}" y2="${cy}" stroke="${color}" stroke-width="2.25"${dash}/>`;
		if (e.marker) {
			const [fill, stroke] = e.hollow ? [bg, color] : [color, bg];
			markup += `<path transform="translate(${x + 12} ${cy})" d="${escapeXml(e.marker)}" fill="${fill}" stroke="${stroke}" stroke-width="${e.hollow ? 1.75 : 1}"/>`;
		}
		markup += lines
			.map((l, i) => `<text x="${x + 32}" y="${y + dy + i * LEGEND_SIZE * 1.3}" font-size="${LEGEND_SIZE}" fill="${escapeXml(colors.text)}">${escapeXml(l)}</text>`)
			.join('');
		dy += lines.length * LEGEND_SIZE * 1.3 + 4;
	}
	return { markup, height: dy };
}
