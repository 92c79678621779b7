/**
 * Browser only. A chart on the page → a standalone SVG document (xmlns, inline resolved styles,
 * title, source line, safe fonts, no external references), ready to download or to draw as PNG.
 */
import { FRAME_PADDING, SAFE_FONT_STACK, frameSvg, type LegendEntry } from './frameSvg';
import { inlineStyles } from './inlineStyles';

export interface SvgExportText {
	title: string;
	subtitle?: string;
	source: string;
	description?: string;
	legend?: LegendEntry[];
}

export interface ExportedSvg {
	markup: string;
	width: number;
	height: number;
}

function cssVar(name: string, fallback: string): string {
	return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

/** The chart's SVG inside `container` that is actually displayed (prerendered pages hold two layouts). */
export function visibleSvg(container: Element | null): SVGSVGElement | null {
	if (!container) return null;
	const all = [...container.querySelectorAll<SVGSVGElement>('svg[role="img"]')];
	return all.find((svg) => svg.getClientRects().length > 0 && svg.getBoundingClientRect().width > 0) ?? null;
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
