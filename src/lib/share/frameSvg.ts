/**
 * Wraps a chart's SVG in a standalone document: background, title, optional subtitle, the chart,
 * and the source line, so a downloaded image still says what it shows and where the figures come
 * from. Pure (string in, string out); svgExport.ts feeds it from the page.
 */
import { escapeXml, wrapText } from './svgText';

export interface FrameOptions {
	/** Width of the whole image in CSS px. */
	width: number;
	/** The chart as a serialised `<svg>`, sized `width - 2 * FRAME_PADDING` by `chartHeight`. */
	chartMarkup: string;
	chartHeight: number;
	title: string;
	subtitle?: string;
	/** "Source: …" line(s), already composed. */
	source: string;
	/** Long description for `<desc>` (the alt text). */
	description?: string;
	/** Key to the series (the page draws it in HTML, so the file needs its own). */
	legend?: LegendEntry[];
	colors: { background: string; text: string; muted: string };
	fontFamily: string;
}

export interface LegendEntry {
	label: string;
	/** CSS colour; `currentColor` becomes the text colour. */
	color: string;
	dash?: string;
	/** Marker path centred on 0,0 (palette.markerPath). */
	marker?: string;
	hollow?: boolean;
}

/** Fonts every system has; no web font is referenced, so the file renders the same offline. */
export const SAFE_FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";

export const FRAME_PADDING = 16;
const PAD = FRAME_PADDING;
const TITLE_SIZE = 18;
const SUBTITLE_SIZE = 13;
const SOURCE_SIZE = 12;
const LEGEND_SIZE = 12.5;

/** Legend rows from baseline `y`: a line and marker swatch, then the label (wrapped). */
function legendBlock(entries: LegendEntry[], y: number, inner: number, colors: FrameOptions['colors']): { markup: string; height: number } {
	let markup = '';
	let dy = 0;
	for (const e of entries) {
		const color = escapeXml(e.color === 'currentColor' ? colors.text : e.color);
		const lines = wrapText(e.label, inner - 34, LEGEND_SIZE);
		const cy = y + dy - LEGEND_SIZE * 0.35;
		const dash = e.dash ? ` stroke-dasharray="${escapeXml(e.dash)}"` : '';
		markup += `<line x1="${PAD}" x2="${PAD + 24}" y1="${cy}" y2="${cy}" stroke="${color}" stroke-width="2.25"${dash}/>`;
		if (e.marker) {
			const fill = e.hollow ? escapeXml(colors.background) : color;
			markup += `<path transform="translate(${PAD + 12} ${cy})" d="${escapeXml(e.marker)}" fill="${fill}" stroke="${e.hollow ? color : escapeXml(colors.background)}" stroke-width="${e.hollow ? 1.75 : 1}"/>`;
		}
		markup += lines
			.map((l, i) => `<text x="${PAD + 32}" y="${y + dy + i * LEGEND_SIZE * 1.3}" font-size="${LEGEND_SIZE}" fill="${escapeXml(colors.text)}">${escapeXml(l)}</text>`)
			.join('');
		dy += lines.length * LEGEND_SIZE * 1.3 + 4;
	}
	return { markup, height: dy };
}

function textBlock(lines: string[], y: number, size: number, fill: string, weight = 'normal'): string {
	const spans = lines
		.map((line, i) => `<tspan x="${PAD}" dy="${i === 0 ? 0 : size * 1.3}">${escapeXml(line)}</tspan>`)
		.join('');
	return `<text x="${PAD}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${escapeXml(fill)}">${spans}</text>`;
}

export function frameSvg(o: FrameOptions): { markup: string; width: number; height: number } {
	const inner = o.width - 2 * PAD;
	const titleLines = wrapText(o.title, inner, TITLE_SIZE);
	const subtitleLines = o.subtitle ? wrapText(o.subtitle, inner, SUBTITLE_SIZE) : [];
	const sourceLines = o.source.split('\n').flatMap((l) => wrapText(l, inner, SOURCE_SIZE));

	let y = PAD + TITLE_SIZE;
	const title = textBlock(titleLines, y, TITLE_SIZE, o.colors.text, 'bold');
	y += (titleLines.length - 1) * TITLE_SIZE * 1.3;
	let subtitle = '';
	if (subtitleLines.length) {
		y += SUBTITLE_SIZE * 1.6;
		subtitle = textBlock(subtitleLines, y, SUBTITLE_SIZE, o.colors.muted);
		y += (subtitleLines.length - 1) * SUBTITLE_SIZE * 1.3;
	}
	let legend = '';
	if (o.legend?.length) {
		const block = legendBlock(o.legend, y + 10 + LEGEND_SIZE, inner, o.colors);
		legend = block.markup;
		y += 10 + block.height;
	}
	const chartY = Math.ceil(y + 12);
	const sourceY = chartY + o.chartHeight + 8 + SOURCE_SIZE;
	const source = textBlock(sourceLines, sourceY, SOURCE_SIZE, o.colors.muted);
	const height = Math.ceil(sourceY + (sourceLines.length - 1) * SOURCE_SIZE * 1.3 + PAD);

	const chart = `<g transform="translate(${PAD} ${chartY})">${o.chartMarkup}</g>`;
	const markup =
		`<?xml version="1.0" encoding="UTF-8"?>\n` +
		`<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${o.width}" height="${height}" ` +
		`viewBox="0 0 ${o.width} ${height}" font-family="${escapeXml(o.fontFamily)}" role="img">` +
		`<title>${escapeXml(o.title)}</title>` +
		(o.description ? `<desc>${escapeXml(o.description)}</desc>` : '') +
		`<rect width="100%" height="100%" fill="${escapeXml(o.colors.background)}"/>` +
		title +
		subtitle +
		legend +
		chart +
		source +
		`</svg>`;
	return { markup, width: o.width, height };
}
