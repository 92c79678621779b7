/**
 * The CSV download of an indicator's figures: one row per published figure with its place,
 * reference period (as written, in words and as first and last day), group, interval, scope, the source's words and note, and the full citation of
 * its source in the same row, so the file stands on its own. Written by the shared `writeCsv`, so it
 * is safe to open in a spreadsheet.
 */
import { writeCsv } from './csv/writeCsv';
import type { Geo, Indicator, Observation, Source } from './schema';
import { periodText } from './periodOf';

export const FIGURES_CSV_COLUMNS = [
	'indicator_id',
	'indicator_name',
	'geo_id',
	'geo_name',
	'period',
	'period_label',
	'period_start',
	'period_end',
	'year',
	'population_group',
	'sex',
	'value',
	'lower',
	'upper',
	'unit',
	'scope',
	'reporting_domain',
	'locator',
	'quote',
	'derivation',
	'note',
	'source_id',
	'source_publisher',
	'source_published',
	'source_kind',
	'source_title',
	'source_url',
	'source_via_url',
	'source_locator',
	'source_license',
	'source_accessed'
] as const;

export interface FiguresCsvLookups {
	indicatorById: ReadonlyMap<string, Pick<Indicator, 'name'>>;
	geoById: ReadonlyMap<string, Pick<Geo, 'name'>>;
	sourceById: ReadonlyMap<string, Source>;
}

/** Rows sorted by place, group, sex, period and source; numbers written exactly as stored. */
export function figuresCsv(observations: readonly Observation[], lookups: FiguresCsvLookups): string {
	const rows = [...observations]
		.sort(
			(a, b) =>
				a.geo_id.localeCompare(b.geo_id) ||
				a.population_group.localeCompare(b.population_group) ||
				a.sex.localeCompare(b.sex) ||
				a.period_start.localeCompare(b.period_start) ||
				a.period_end.localeCompare(b.period_end) ||
				a.source_id.localeCompare(b.source_id)
		)
		.map((o) => {
			const source = lookups.sourceById.get(o.source_id);
			return [
				o.indicator_id,
				lookups.indicatorById.get(o.indicator_id)?.name ?? '',
				o.geo_id,
				lookups.geoById.get(o.geo_id)?.name ?? '',
				o.period,
				periodText(o),
				o.period_start,
				o.period_end,
				o.year,
				o.population_group,
				o.sex,
				o.value,
				o.lower ?? '',
				o.upper ?? '',
				o.unit,
				o.scope,
				o.reporting_domain ?? '',
				o.locator ?? '',
				o.quote ?? '',
				o.derivation ?? '',
				o.note ?? '',
				o.source_id,
				source?.publisher ?? '',
				source?.published ?? '',
				source?.kind ?? '',
				source?.title ?? '',
				source?.url ?? '',
				source?.via_url ?? '',
				source?.locator ?? '',
				source?.license ?? '',
				source?.accessed ?? ''
			];
		});
	return writeCsv(FIGURES_CSV_COLUMNS, rows);
}
