/**
 * Rates per 100,000 population for count indicators, from the census population of the same
 * place in the nearest census year. Pure: the caller passes the census rows it has.
 *
 * Only counts become rates: a percentage or a rate is already relative to its own denominator,
 * and money (usd) per head is a different indicator, not a rate. A sample-scope figure describes
 * selected sites, not the place, so dividing it by the place's population would invent a rate.
 */
import type { Observation } from '$lib/data/schema';

export const PER_CAPITA_INDICATOR = 'population_census';
export const PER_CAPITA_BASE = 100_000;

/** The census figure a rate was computed with, so the chart can say which one it used. */
export interface CensusUsed {
	geo_id: string;
	censusYear: number;
	population: number;
	source_id: string;
	note: string | null;
	/** Other totals published for the same place and census year (they disagree). */
	alternatives: Observation[];
}

export interface PerCapitaResult {
	rows: Observation[];
	/** One entry per (place, census year) used. */
	censuses: CensusUsed[];
	/** Places whose figures could not be turned into rates, with the reason. */
	unavailable: { geo_id: string; reason: string }[];
}

/** Whether figures of this unit and domain can be shown per 100,000 population. */
export function perCapitaApplies(unit: string, domain: string): boolean {
	return unit === 'count' && domain !== 'population';
}

function isCensusTotal(o: Observation): boolean {
	return (
		o.indicator_id === PER_CAPITA_INDICATOR &&
		o.population_group === 'all' &&
		o.sex === 'total' &&
		o.scope === 'place'
	);
}

const hasAudit = (o: Observation) => (o.note ?? '').includes('(audit');

/**
 * The census row to use when a place has several totals for one census year: rows without an
 * audit remark first (the audit found the others doubtful), then the alphabetically first source
 * so the choice is stable. The others are reported as alternatives, never hidden.
 */
function pickCensus(rows: Observation[]): { chosen: Observation; alternatives: Observation[] } {
	const sorted = [...rows].sort(
		(a, b) => Number(hasAudit(a)) - Number(hasAudit(b)) || a.source_id.localeCompare(b.source_id)
	);
	return { chosen: sorted[0], alternatives: sorted.slice(1).filter((o) => o.value !== sorted[0].value) };
}

/**
 * The census of `geo` nearest to `year`. On a tie (a year halfway between two censuses) the
 * earlier census wins: it is the count that existed at the time of the figure.
 */
export function nearestCensus(
	census: readonly Observation[],
	geo: string,
	year: number
): CensusUsed | undefined {
	const byYear = new Map<number, Observation[]>();
	for (const o of census) {
		if (o.geo_id !== geo || !isCensusTotal(o)) continue;
		byYear.set(o.year, [...(byYear.get(o.year) ?? []), o]);
	}
	let best: number | undefined;
	for (const y of [...byYear.keys()].sort((a, b) => a - b)) {
		if (best === undefined || Math.abs(y - year) < Math.abs(best - year)) best = y;
	}
	if (best === undefined) return undefined;
	const { chosen, alternatives } = pickCensus(byYear.get(best)!);
	return {
		geo_id: geo,
		censusYear: best,
		population: chosen.value,
		source_id: chosen.source_id,
		note: chosen.note,
		alternatives
	};
}

const rate = (v: number | null, population: number) =>
	v === null ? null : Number(((v / population) * PER_CAPITA_BASE).toPrecision(4));

/**
 * Count figures → rates per 100,000 (value and interval). Rows that cannot be converted are left
 * out and their places listed in `unavailable`; they are never shown as if they were rates.
 */
export function toPerCapita(rows: readonly Observation[], census: readonly Observation[]): PerCapitaResult {
	const out: Observation[] = [];
	const used = new Map<string, CensusUsed>();
	const unavailable = new Map<string, string>();
	for (const o of rows) {
		if (o.unit !== 'count') {
			unavailable.set(o.geo_id, 'only counts can be shown per 100,000');
			continue;
		}
		if (o.scope === 'sample') {
			unavailable.set(o.geo_id, 'figure from selected sites, not the whole place');
			continue;
		}
		const c = nearestCensus(census, o.geo_id, o.year);
		if (!c) {
			unavailable.set(o.geo_id, 'no census population in the data');
			continue;
		}
		used.set(`${c.geo_id}|${c.censusYear}`, c);
		out.push({
			...o,
			value: rate(o.value, c.population)!,
			lower: rate(o.lower, c.population),
			upper: rate(o.upper, c.population),
			unit: 'rate_per_100000',
			note: [o.note, `per 100,000 using the ${c.censusYear} census population (${c.population.toLocaleString('en-US')})`]
				.filter(Boolean)
				.join('; ')
		});
	}
	const censuses = [...used.values()].sort(
		(a, b) => a.geo_id.localeCompare(b.geo_id) || a.censusYear - b.censusYear
	);
	return {
		rows: out,
		censuses,
		unavailable: [...unavailable].map(([geo_id, reason]) => ({ geo_id, reason }))
	};
}
