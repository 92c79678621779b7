/**
 * Series styles as data. Colours are Okabe & Ito's colour-blind-safe set (yellow left out: it
 * vanishes on white); every series also gets its own marker shape, so colour is never the only
 * cue. Selected-sites samples are drawn dashed with hollow markers.
 */
import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, symbolCross } from 'd3';
import type { SymbolType } from 'd3';
import type { Scope } from '$lib/data/schema';

export const OKABE_ITO = {
	blue: '#0072B2',
	vermillion: '#D55E00',
	bluishGreen: '#009E73',
	reddishPurple: '#CC79A7',
	orange: '#E69F00',
	skyBlue: '#56B4E9',
	yellow: '#F0E442',
	black: '#000000'
} as const;

/** Order of use. The last slot follows the text colour so it stays visible in dark mode. */
export const SERIES_COLORS: readonly string[] = [
	OKABE_ITO.blue,
	OKABE_ITO.vermillion,
	OKABE_ITO.bluishGreen,
	OKABE_ITO.reddishPurple,
	OKABE_ITO.orange,
	OKABE_ITO.skyBlue,
	'currentColor'
];

export type ShapeName = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'star' | 'wye';

const SYMBOLS: Record<ShapeName, SymbolType> = {
	circle: symbolCircle,
	square: symbolSquare,
	triangle: symbolTriangle,
	diamond: symbolDiamond,
	cross: symbolCross,
	star: symbolStar,
	wye: symbolWye
};

export const SHAPES: readonly ShapeName[] = ['circle', 'square', 'triangle', 'diamond', 'cross', 'star', 'wye'];

export interface SeriesStyle {
	color: string;
	shape: ShapeName;
	/** SVG stroke-dasharray; undefined = solid. */
	dash: string | undefined;
	/** Hollow markers for selected-sites samples. */
	hollow: boolean;
}

/**
 * Style of the i-th series. Colour and shape advance together for the first seven; after that the
 * shape is offset so no two of the first 49 series share both colour and shape.
 */
export function seriesStyle(index: number, scope: Scope = 'place'): SeriesStyle {
	const n = SERIES_COLORS.length;
	const color = SERIES_COLORS[index % n];
	const shape = SHAPES[(index + Math.floor(index / n)) % SHAPES.length];
	const sample = scope === 'sample';
	return { color, shape, dash: sample ? '6 4' : undefined, hollow: sample };
}

/** Path of a marker centred on 0,0 with the given area in px² (d3 symbol sizes are areas). */
export function markerPath(shape: ShapeName, area = 40): string {
	return symbol(SYMBOLS[shape], area)() ?? '';
}

