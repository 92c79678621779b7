/**
 * The user's own imported figures for one indicator code, filtered like the explorer's view, as
 * observations the charts can draw beside the published ones: source `import:<table>`, so they
 * are always their own series and never joined to published figures. The table name cannot be a
 * bound parameter: it must pass isImportName (letters, digits, underscores) and is quoted.
 */
import type { Observation, PopulationGroup, Sex, Unit } from '$lib/data/schema';
import { isImportName } from '$lib/import/importName';
import type { ImportRow } from '$lib/import/importRow';
import type { ViewFilter } from '$lib/explore/filterObservations';
import type { SqlConnection } from '../arrowLike';
import { queryRows } from '../queryRows';
import { sqlIdentifier } from '../sqlString';

export const IMPORT_SOURCE_PREFIX = 'import:';

/** The columns of an import table this query reads. */
type ImportedRow = Pick<
	ImportRow,
	'indicator_id' | 'geo_id' | 'geo_name' | 'year' | 'value' | 'lower' | 'upper' | 'population_group' | 'sex' | 'unit' | 'note'
>;

export interface ImportedObservation extends Observation {
	/** The place name the file gave, for places the observatory does not know. */
	geo_name: string | null;
	/** The unit as the file gave it (null when it did not say). */
	import_unit: string | null;
}

export function importObservationsSql(table: string): string {
	if (!isImportName(table)) throw new Error(`not an import table: ${table}`);
	return `
SELECT indicator_id, geo_id, geo_name, CAST(year AS INTEGER) AS year, value, lower, upper,
       population_group, sex, unit, note
FROM ${sqlIdentifier(table)}
WHERE indicator_id = $1
  AND ($2 = '' OR list_contains(string_split($2, '~'), geo_id))
  AND ($3 = '' OR coalesce(population_group, 'all') = $3)
  AND ($4 = '' OR coalesce(sex, 'total') = $4)
  AND year BETWEEN $5 AND $6
ORDER BY geo_id, year`;
}

export async function importObservations(
	conn: SqlConnection,
	table: string,
	indicatorCode: string,
	view: Omit<ViewFilter, 'indicator' | 'source'>
): Promise<ImportedObservation[]> {
	const rows = await queryRows<ImportedRow>(conn, importObservationsSql(table), [
		indicatorCode,
		view.geo.join('~'),
		view.population_group ?? '',
		view.sex ?? '',
		view.years?.[0] ?? -9999,
		view.years?.[1] ?? 9999
	]);
	return rows.map((r) => ({
		indicator_id: r.indicator_id,
		geo_id: r.geo_id,
		geo_name: r.geo_name,
		// Imports carry a year per figure (finer periods come with the period-aware importer).
		period: String(r.year),
		period_start: `${r.year}-01-01`,
		period_end: `${r.year}-12-31`,
		period_kind: 'year',
		year: r.year,
		value: r.value,
		lower: r.lower,
		upper: r.upper,
		population_group: (r.population_group ?? 'all') as PopulationGroup,
		sex: (r.sex ?? 'total') as Sex,
		unit: (r.unit ?? 'count') as Unit,
		import_unit: r.unit,
		source_id: `${IMPORT_SOURCE_PREFIX}${table}`,
		scope: 'place',
		reporting_domain: null,
		locator: null,
		quote: null,
		derivation: null,
		note: r.note
	}));
}
