/**
 * Browser only. The chart(s) on the page → a standalone SVG document (xmlns, inline resolved
 * styles, title, keys, source line, safe fonts, no external references), ready to download or to
 * draw as PNG. Small multiples are stacked in page order, each under its heading.
 */
import { FRAME_PADDING, SAFE_FONT_STACK, frameSvg, type LegendEntry } from './frameSvg';
import { inlineStyles } from './inlineStyles';

export interface SvgExportText {
	title: string;
	subtitle?: string;
	source: string;
	description?: string;
	/** Per chart, in page order: its heading (with several charts) and key. */
	panels?: { heading?: string; legend?: LegendEntry[] }[];
}

export interface ExportedSvg {
	markup: string;
	width: number;
	height: number;
}

/**
 * A colour token as the page uses it now, e.g. `rgb(18, 22, 27)`. The tokens are written as
 * `light-dark(…)`, which only a property that takes a colour resolves, so a probe element is
 * coloured with the token and its computed colour read back.
 */
function cssColor(name: string, fallback: string): string {
	const probe = document.createElement('span');
	probe.style.color = `var(${name}, ${fallback})`;
	probe.hidden = true;
	document.body.append(probe);
	const color = getComputedStyle(probe).color;
	probe.remove();
	return color || fallback;
}

/**
 * The chart SVGs inside `container` that are displayed (prerendered pages hold a wide and a narrow
 * layout). Maps are a role="group" SVG (their provinces are the images), found by their class.
 */
export function visibleSvgs(container: Element | null): SVGSVGElement[] {
	if (!container) return [];
	return [...container.querySelectorAll<SVGSVGElement>('svg[role="img"], svg.map-svg')].filter(
		(svg) => svg.getClientRects().length > 0 && svg.getBoundingClientRect().width > 0
	);
}

export function exportSvg(svgs: SVGSVGElement[], text: SvgExportText): ExportedSvg {
	if (svgs.length === 0) throw new Error('the chart is not on screen');
	const chartWidth = Math.max(240, Math.round(Math.max(...svgs.map((s) => s.getBoundingClientRect().width))));
	const charts = svgs.map((svg, i) => {
		const box = svg.getBoundingClientRect();
		// Every chart is drawn at the widest chart's width, keeping its own aspect ratio.
		const height = Math.max(120, Math.round((box.height * chartWidth) / box.width));
		const markup = new XMLSerializer().serializeToString(inlineStyles(svg, chartWidth, height));
		return { markup, height, ...text.panels?.[i] };
	});
	return frameSvg({
		width: chartWidth + 2 * FRAME_PADDING,
		charts,
		title: text.title,
		subtitle: text.subtitle,
		source: text.source,
		description: text.description,
		colors: {
			background: cssColor('--bg', '#ffffff'),
			text: cssColor('--fg', '#1b1f24'),
			muted: cssColor('--fg-muted', '#4d5560')
		},
		fontFamily: SAFE_FONT_STACK
	});
}
