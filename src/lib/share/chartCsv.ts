/**
 * CSV of exactly the figures a chart shows, one row per figure, with the source of each figure in
 * its own columns so the file still cites its sources after it leaves the site. Values are written
 * as published (no rounding); empty cells mean "not published". Formula-like text is escaped
 * (PapaParse `escapeFormulae`) so a spreadsheet never executes a note.
 */
import Papa from 'papaparse';
import type { Indicator, Observation, Source } from '$lib/data/schema';

export const CSV_COLUMNS = [
	'indicator_id',
	'indicator',
	'geo_id',
	'place',
	'year',
	'population_group',
	'sex',
	'value',
	'lower',
	'upper',
	'unit',
	'scope',
	'reporting_domain',
	'note',
	'source_id',
	'source_publisher',
	'source_title',
	'source_year',
	'source_url',
	'source_locator',
	'source_accessed'
] as const;

export interface CsvContext {
	indicator: Pick<Indicator, 'indicator_id' | 'name'>;
	geoName: (geoId: string) => string;
	sourceById: ReadonlyMap<string, Source>;
}

/** Rows in the order a reader scans them: by series, then year. */
export function csvOrder(a: Observation, b: Observation): number {
	return (
		a.geo_id.localeCompare(b.geo_id) ||
		a.population_group.localeCompare(b.population_group) ||
		a.sex.localeCompare(b.sex) ||
		a.source_id.localeCompare(b.source_id) ||
		a.year - b.year
	);
}

export function chartCsv(observations: readonly Observation[], ctx: CsvContext): string {
	const rows = [...observations].sort(csvOrder).map((o) => {
		const s = ctx.sourceById.get(o.source_id);
		return [
			o.indicator_id,
			ctx.indicator.name,
			o.geo_id,
			ctx.geoName(o.geo_id),
			o.year,
			o.population_group,
			o.sex,
			o.value,
			o.lower,
			o.upper,
			o.unit,
			o.scope,
			o.reporting_domain,
			o.note,
			o.source_id,
			s?.publisher ?? null,
			s?.title ?? null,
			s?.year ?? null,
			s?.url ?? null,
			s?.locator ?? null,
			s?.accessed ?? null
		];
	});
	return Papa.unparse(
		{ fields: [...CSV_COLUMNS], data: rows },
		{ escapeFormulae: true, newline: '\r\n' }
	);
}

/** A file name that says what is in it: "hiv_prevalence-KHM-1990-2021.csv". */
export function downloadName(indicatorId: string, observations: readonly Observation[], ext: string): string {
	const geos = [...new Set(observations.map((o) => o.geo_id))];
	const years = observations.map((o) => o.year);
	const parts = [indicatorId];
	if (geos.length > 0 && geos.length <= 3) parts.push(geos.join('_'));
	if (years.length > 0) {
		const [a, b] = [Math.min(...years), Math.max(...years)];
		parts.push(a === b ? String(a) : `${a}-${b}`);
	}
	return `${parts.join('-').replace(/[^A-Za-z0-9_.-]+/g, '_')}.${ext}`;
}
