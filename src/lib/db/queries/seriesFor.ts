/**
 * Every figure of one indicator within a year range, optionally for some places only, sorted so
 * consecutive rows form series (place × population group × sex × source — sources never merge).
 * Places are passed as one `|`-separated parameter because DuckDB-WASM binds scalars only.
 */
import type { Observation } from '$lib/data/schema';
import type { SqlConnection } from '../arrowLike';
import { queryRows } from '../queryRows';

export const SERIES_FOR_SQL = `
SELECT indicator_id, geo_id, year, population_group, sex, value, lower, upper, unit, source_id,
       scope, reporting_domain, note
FROM observations
WHERE indicator_id = ? AND year BETWEEN ? AND ?
  AND (? = '' OR list_contains(string_split(?, '|'), geo_id))
ORDER BY geo_id, population_group, sex, source_id, year`;

export interface SeriesFilter {
	fromYear?: number;
	toYear?: number;
	geoIds?: readonly string[];
}

export function seriesFor(conn: SqlConnection, indicatorId: string, filter: SeriesFilter = {}): Promise<Observation[]> {
	const geos = (filter.geoIds ?? []).join('|');
	return queryRows<Observation>(conn, SERIES_FOR_SQL, [indicatorId, filter.fromYear ?? -9999, filter.toYear ?? 9999, geos, geos]);
}
