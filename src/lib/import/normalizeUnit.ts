/**
 * Maps the unit codes and words publishers put in a unit column (SDMX UNIT_MEASURE codes such as
 * PCNT or PS, "%", "persons") to the schema's units. Unknown ones return '' so the caller can keep
 * the original in a note rather than guess.
 */
const UNITS: Record<string, string> = {
	'%': 'percent',
	percent: 'percent',
	percentage: 'percent',
	pcnt: 'percent',
	pc: 'percent',
	pt: 'percent',
	pct: 'percent',
	count: 'count',
	number: 'count',
	nr: 'count',
	num: 'count',
	ps: 'count',
	pers: 'count',
	persons: 'count',
	people: 'count',
	rate_per_1000: 'rate_per_1000',
	per_1000: 'rate_per_1000',
	rate_1000: 'rate_per_1000',
	per_1000_lb: 'rate_per_1000',
	rate_per_100000: 'rate_per_100000',
	per_100000: 'rate_per_100000',
	rate_100000: 'rate_per_100000',
	per_100k: 'rate_per_100000',
	usd: 'usd',
	'us$': 'usd'
};

export function normalizeUnit(raw: string): string {
	const key = raw.trim().toLowerCase().replace(/\s+/g, '_');
	return UNITS[key] ?? '';
}
