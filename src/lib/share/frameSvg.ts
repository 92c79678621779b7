/**
 * Wraps a chart's SVG (or several small multiples) in a standalone document: background, title,
 * subtitle, for each chart its heading, key and plot, then the source line, so a downloaded image
 * still says what it shows and where the figures come from. Pure (string in, string out);
 * svgExport.ts feeds it from the page.
 */
import { escapeXml, wrapText } from './svgText';
import { LEGEND_SIZE, svgLegend, type LegendEntry } from './svgLegend';

export type { LegendEntry } from './svgLegend';

export interface ChartPart {
	/** The chart as a serialised `<svg>`, sized `width - 2 * FRAME_PADDING` by `height`. */
	markup: string;
	height: number;
	/** Panel heading when there are several charts ("Female entertainment workers"). */
	heading?: string;
	/** Key to the series (the page draws it in HTML, so the file needs its own). */
	legend?: LegendEntry[];
}

export interface FrameOptions {
	/** Width of the whole image in CSS px. */
	width: number;
	charts: ChartPart[];
	title: string;
	subtitle?: string;
	/** "Source: …" line(s), already composed; `\n` starts a new line. */
	source: string;
	/** Long description for `<desc>` (the alt text). */
	description?: string;
	colors: { background: string; text: string; muted: string };
	fontFamily: string;
}

/** Fonts every system has; no web font is referenced, so the file renders the same offline. */
export const SAFE_FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";

export const FRAME_PADDING = 16;
const PAD = FRAME_PADDING;
const TITLE_SIZE = 18;
const SUBTITLE_SIZE = 13;
const HEADING_SIZE = 14;
const SOURCE_SIZE = 12;
const LINE = 1.3;

/** Wrapped lines as one <text>, first baseline at `y`; returns the markup and the last baseline. */
function textBlock(text: string, y: number, size: number, width: number, fill: string, weight = 'normal') {
	const lines = text.split('\n').flatMap((l) => wrapText(l, width, size));
	const spans = lines.map((line, i) => `<tspan x="${PAD}" dy="${i === 0 ? 0 : size * LINE}">${escapeXml(line)}</tspan>`).join('');
	const markup = `<text x="${PAD}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${escapeXml(fill)}">${spans}</text>`;
	return { markup, last: y + (lines.length - 1) * size * LINE };
}

export function frameSvg(o: FrameOptions): { markup: string; width: number; height: number } {
	const inner = o.width - 2 * PAD;
	const parts: string[] = [];
	const title = textBlock(o.title, PAD + TITLE_SIZE, TITLE_SIZE, inner, o.colors.text, 'bold');
	parts.push(title.markup);
	let y = title.last;
	if (o.subtitle) {
		const sub = textBlock(o.subtitle, y + SUBTITLE_SIZE * 1.6, SUBTITLE_SIZE, inner, o.colors.muted);
		parts.push(sub.markup);
		y = sub.last;
	}
	for (const chart of o.charts) {
		if (chart.heading) {
			const h = textBlock(chart.heading, y + 14 + HEADING_SIZE, HEADING_SIZE, inner, o.colors.text, 'bold');
			parts.push(h.markup);
			y = h.last;
		}
		if (chart.legend?.length) {
			const legend = svgLegend(chart.legend, PAD, y + 10 + LEGEND_SIZE, inner, o.colors);
			parts.push(legend.markup);
			y += 10 + legend.height;
		}
		const top = Math.ceil(y + 12);
		parts.push(`<g transform="translate(${PAD} ${top})">${chart.markup}</g>`);
		y = top + chart.height;
	}
	const source = textBlock(o.source, y + 8 + SOURCE_SIZE, SOURCE_SIZE, inner, o.colors.muted);
	parts.push(source.markup);
	const height = Math.ceil(source.last + PAD);

	const markup =
		`<?xml version="1.0" encoding="UTF-8"?>\n` +
		`<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${o.width}" height="${height}" ` +
		`viewBox="0 0 ${o.width} ${height}" font-family="${escapeXml(o.fontFamily)}" role="img">` +
		`<title>${escapeXml(o.title)}</title>` +
		(o.description ? `<desc>${escapeXml(o.description)}</desc>` : '') +
		`<rect width="100%" height="100%" fill="${escapeXml(o.colors.background)}"/>` +
		parts.join('') +
		`</svg>`;
	return { markup, width: o.width, height };
}
