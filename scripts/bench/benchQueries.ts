/**
 * The typed queries the app runs (src/lib/db/queries), with their parameters written in as SQL
 * literals so the console can run them: the benchmark measures what a page's query costs,
 * end to end through the same DuckDB connection path. Parameters rotate over real ids so each
 * run is a different "filter change", not a repeat of the same one.
 */
import { EXPLORE_OBSERVATIONS_SQL } from '../../src/lib/db/queries/exploreObservations';

export interface BenchQuery {
	name: string;
	sql: string;
}

const literal = (v: string | number) => (typeof v === 'number' ? String(v) : `'${v.replaceAll("'", "''")}'`);

/** Replaces `$n` placeholders. */
function bindNumbered(sql: string, params: (string | number)[]): string {
	return sql.replace(/\$(\d+)/g, (_, n) => literal(params[Number(n) - 1]));
}

export const INDICATORS = ['hiv_prevalence', 'population_census', 'art_coverage', 'deportees_from_tha', 'tb_incidence', 'remittances_pct_gdp'];

export function benchQueries(round: number): BenchQuery[] {
	const indicator = INDICATORS[round % INDICATORS.length];
	const geos = ['KHM', 'KH-1', 'THA'][round % 3];
	return [
		{ name: 'explorer view', sql: bindNumbered(EXPLORE_OBSERVATIONS_SQL, [indicator, geos, '', '', '', -9999, 9999]) },
		{
			name: 'figures per domain (full scan)',
			sql: 'SELECT i.domain, count(*) AS figures, avg(o.value) AS mean FROM observations o JOIN indicators i USING (indicator_id) GROUP BY i.domain'
		}
	];
}
