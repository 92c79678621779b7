/**
 * d3-scale factories for charts over years. Pure: a domain and a pixel range in, a scale out.
 * Value axes start at zero (all published figures here are counts, shares or rates, and a
 * truncated axis exaggerates change); year axes only ever tick on whole years.
 */
import { scaleLinear, ticks as d3ticks, type ScaleLinear } from 'd3';
import type { Unit } from '$lib/data/schema';

export type Scale = ScaleLinear<number, number>;

/** Years to show: the data's extent, widened to at least three years so one dot is not on an edge. */
export function yearDomain(extent: readonly [number, number]): [number, number] {
	const [min, max] = extent;
	if (max - min >= 2) return [min, max];
	const mid = (min + max) / 2;
	return [Math.floor(mid - 1), Math.ceil(mid + 1)];
}

export function yearScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
	return scaleLinear().domain(domain).range(range);
}

/** Whole-year ticks, at most `max` of them; the first and last year of the domain are preferred. */
export function yearTicks(domain: readonly [number, number], max: number): number[] {
	const [a, b] = domain;
	const span = b - a;
	if (span <= 0) return [a];
	const candidates = d3ticks(a, b, Math.max(2, max)).filter(Number.isInteger);
	if (candidates.length <= 1) return [a, b].filter(Number.isInteger);
	return candidates.length > max ? candidates.filter((_, i) => i % 2 === 0) : candidates;
}

/**
 * Domain of a value axis: from zero (or the lowest negative value) to the largest value or
 * interval bound, with head-room. Percentages never run past 100.
 */
export function valueDomain(values: readonly number[], unit: Unit): [number, number] {
	const finite = values.filter(Number.isFinite);
	if (finite.length === 0) return [0, 1];
	const max = Math.max(...finite);
	const min = Math.min(0, ...finite);
	let top = max > 0 ? max * 1.08 : 1;
	if (unit === 'percent' && max <= 100) top = Math.min(top, 100);
	return [min, top];
}

/** Linear value scale, niced so the top gridline is a round number. */
export function valueScale(domain: readonly [number, number], range: readonly [number, number], count = 5): Scale {
	return scaleLinear().domain(domain).range(range).nice(count);
}

/** Tick values of a value scale and the step between them (for choosing decimals). */
export function valueTicks(scale: Scale, count = 5): { values: number[]; step: number } {
	const values = scale.ticks(count);
	const step = values.length > 1 ? values[1] - values[0] : 1;
	return { values, step };
}
