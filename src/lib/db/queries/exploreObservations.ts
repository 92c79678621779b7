/**
 * The figures one explorer view shows, queried in DuckDB with every value bound as a parameter.
 * Same filter as `$lib/explore/filterObservations` (the prerender and no-DuckDB fallback), and
 * the rows are returned in that module's order so both paths render identically.
 */
import type { Observation } from '$lib/data/schema';
import { compareObservations, type ViewFilter } from '$lib/explore/filterObservations';
import type { SqlConnection } from '../arrowLike';
import { queryRows, type SqlParam } from '../queryRows';

// Places travel as one `~`-joined string (geo ids never contain `~`) because DuckDB-WASM binds
// scalars only; string_split turns it back into a list inside the query.
export const EXPLORE_OBSERVATIONS_SQL = `
SELECT indicator_id, geo_id, period, CAST(period_start AS VARCHAR) AS period_start,
       CAST(period_end AS VARCHAR) AS period_end, period_kind, CAST(year AS INTEGER) AS year,
       population_group, sex,
       CAST(value AS DOUBLE) AS value, CAST(lower AS DOUBLE) AS lower, CAST(upper AS DOUBLE) AS upper,
       unit, source_id, scope, reporting_domain, locator, quote, derivation, note
FROM observations
WHERE indicator_id = $1
  AND ($2 = '' OR list_contains(string_split($2, '~'), geo_id))
  AND ($3 = '' OR population_group = $3)
  AND ($4 = '' OR sex = $4)
  AND ($5 = '' OR source_id = $5)
  AND year BETWEEN $6 AND $7`;

export function exploreObservationsParams(view: ViewFilter): SqlParam[] {
	return [
		view.indicator,
		view.geo.join('~'),
		view.population_group ?? '',
		view.sex ?? '',
		view.source ?? '',
		view.years?.[0] ?? -9999,
		view.years?.[1] ?? 9999
	];
}

export async function exploreObservations(conn: SqlConnection, view: ViewFilter): Promise<Observation[]> {
	const rows = await queryRows<Observation>(conn, EXPLORE_OBSERVATIONS_SQL, exploreObservationsParams(view));
	return rows.sort(compareObservations);
}
