/**
 * The most recent figure per place for one indicator, population group and sex (for maps and
 * "latest" tables). When two sources publish the same year, the lower source_id wins so the
 * answer is stable; `sources_that_year` says when that happened, so the caller can flag it.
 */
import type { SqlConnection } from '../arrowLike';
import { queryRows } from '../queryRows';
import type { Scope } from '$lib/data/schema';

export interface LatestByGeoRow {
	geo_id: string;
	year: number;
	value: number;
	lower: number | null;
	upper: number | null;
	source_id: string;
	scope: Scope;
	sources_that_year: number;
}

export const LATEST_BY_GEO_SQL = `
SELECT geo_id, year, value, lower, upper, source_id, scope,
       count(*) OVER (PARTITION BY geo_id, year)::INTEGER AS sources_that_year
FROM observations
WHERE indicator_id = ? AND population_group = ? AND sex = ?
QUALIFY row_number() OVER (PARTITION BY geo_id ORDER BY year DESC, source_id) = 1
ORDER BY geo_id`;

export function latestByGeo(conn: SqlConnection, indicatorId: string, populationGroup = 'all', sex = 'total'): Promise<LatestByGeoRow[]> {
	return queryRows<LatestByGeoRow>(conn, LATEST_BY_GEO_SQL, [indicatorId, populationGroup, sex]);
}
