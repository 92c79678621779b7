/**
 * Browser only. A chart on the page → a standalone SVG document (xmlns, inline resolved styles,
 * title, source line, safe fonts, no external references), ready to download or to draw as PNG.
 */
import { FRAME_PADDING, SAFE_FONT_STACK, frameSvg } from './frameSvg';
import { inlineStyles } from './inlineStyles';

export interface SvgExportText {
	title: string;
	subtitle?: string;
	source: string;
	description?: string;
}

export interface ExportedSvg {
	markup: string;
	width: number;
	height: number;
}

function cssVar(name: string, fallback: string): string {
	return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

export function exportSvg(svg: SVGSVGElement, text: SvgExportText): ExportedSvg {
	const box = svg.getBoundingClientRect();
	const chartWidth = Math.max(240, Math.round(box.width));
	const chartHeight = Math.max(120, Math.round(box.height));
	const clone = inlineStyles(svg, chartWidth, chartHeight);
	const markup = new XMLSerializer().serializeToString(clone);
	return frameSvg({
		width: chartWidth + 2 * FRAME_PADDING,
		chartMarkup: markup,
		chartHeight,
		...text,
		colors: {
			background: cssVar('--bg', '#ffffff'),
			text: cssVar('--fg', '#1b1f24'),
			muted: cssVar('--fg-muted', '#4d5560')
		},
		fontFamily: SAFE_FONT_STACK
	});
}
