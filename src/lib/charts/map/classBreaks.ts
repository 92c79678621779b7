/**
 * Class breaks for choropleth maps, pure. Two methods, both named in the legend:
 * - `equal`: equal intervals on "nice" round bounds (20–40–60–80–100 %), the default: readers can
 *   compare a class with a published national figure without decoding odd thresholds;
 * - `quantile`: about the same number of areas in each class (good for ranking, but bounds are
 *   data values and a tiny difference can move an area up a class).
 * Colours: ColorBrewer YlGnBu, a sequential ramp that ColorBrewer rates colour-blind safe; light =
 * low, dark = high. A class includes its lower bound; the last class also includes its upper bound.
 */
import { bisectRight, quantileSorted, schemeYlGnBu, tickStep } from 'd3';

export type BreakMethod = 'equal' | 'quantile';

export interface ClassBreaks {
	method: BreakMethod;
	/** Ascending; class i covers [bounds[i], bounds[i + 1]). One more bound than classes. */
	bounds: number[];
	/** One colour per class, light to dark. */
	colors: string[];
	/** Sentence for the legend saying how the classes were made. */
	description: string;
}

export interface BreakOptions {
	/** Wanted number of classes (equal intervals may give one or two more or fewer). */
	classes?: number;
	method?: BreakMethod;
}

const MAX_CLASSES = 7;

/** n colours from YlGnBu (the scheme has 3 to 9); 1 or 2 classes take its middle or its ends. */
export function rampColors(n: number): string[] {
	if (n <= 0) return [];
	if (n === 1) return [schemeYlGnBu[3][1]];
	if (n === 2) return [schemeYlGnBu[3][0], schemeYlGnBu[3][2]];
	return [...schemeYlGnBu[Math.min(n, 9)]];
}

function equalBounds(min: number, max: number, wanted: number): number[] {
	let step = tickStep(min, max, wanted);
	let lo = Math.floor(min / step) * step;
	let hi = Math.ceil(max / step) * step;
	while (Math.round((hi - lo) / step) > MAX_CLASSES) {
		step *= 2;
		lo = Math.floor(min / step) * step;
		hi = Math.ceil(max / step) * step;
	}
	const n = Math.round((hi - lo) / step);
	// Multiply rather than add, so 0.1-steps do not drift (0.30000000000000004).
	return Array.from({ length: n + 1 }, (_, i) => Number((lo + i * step).toPrecision(12)));
}

/** Decimal places the values were written with (at most 3), so quantile bounds look like the data. */
function decimalsOf(values: readonly number[]): number {
	let max = 0;
	for (const v of values) {
		while (max < 3 && Math.abs(Math.round(v * 10 ** max) - v * 10 ** max) > 1e-9) max += 1;
	}
	return max;
}

function quantileBounds(sorted: number[], wanted: number): number[] {
	const factor = 10 ** decimalsOf(sorted);
	const quantile = (p: number) => Math.round((quantileSorted(sorted, p) as number) * factor) / factor;
	const inner = Array.from({ length: wanted - 1 }, (_, i) => quantile((i + 1) / wanted));
	const all = [sorted[0], ...inner, sorted[sorted.length - 1]];
	// Ties can make two quantiles equal: keep each bound once, so no class is empty by construction.
	return all.filter((b, i) => i === 0 || b > all[i - 1]);
}

/** Breaks for the values of one map, or null when there is nothing to classify. */
export function classBreaks(values: readonly number[], options: BreakOptions = {}): ClassBreaks | null {
	const { classes = 5, method = 'equal' } = options;
	const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
	if (sorted.length === 0) return null;
	const min = sorted[0];
	const max = sorted[sorted.length - 1];
	let bounds: number[];
	if (min === max) bounds = [min, max];
	else bounds = method === 'quantile' ? quantileBounds(sorted, Math.max(1, classes)) : equalBounds(min, max, classes);
	const n = bounds.length - 1;
	const description =
		method === 'quantile'
			? `${n} quantile classes (about the same number of areas in each); a class includes its lower bound.`
			: `${n} equal-interval classes; a class includes its lower bound.`;
	return { method, bounds, colors: rampColors(n), description };
}

/** Index of the class a value falls in (values outside the bounds go to the nearest class). */
export function classIndex(value: number, breaks: ClassBreaks): number {
	const last = breaks.bounds.length - 2;
	return Math.max(0, Math.min(last, bisectRight(breaks.bounds, value) - 1));
}
