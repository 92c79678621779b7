/**
 * What an import table holds, read back from DuckDB: one row per indicator × place × sex with the
 * number of figures, the years covered and the latest value. Shown under each kept import, so the
 * user sees what the database has (not just what the file said). The table name is checked and
 * quoted as an identifier; no value enters the SQL text.
 */
import type { SqlConnection } from '$lib/db/arrowLike';
import { queryRows } from '$lib/db/queryRows';
import { sqlIdentifier } from '$lib/db/sqlString';
import { isImportName } from './importName';

export interface ImportContentRow {
	indicator_id: string;
	geo_id: string;
	geo_name: string | null;
	geo_known: boolean;
	sex: string | null;
	figures: number;
	first_year: number;
	last_year: number;
	last_value: number;
	unit: string | null;
}

export async function importContents(conn: SqlConnection, name: string, limit = 100): Promise<ImportContentRow[]> {
	if (!isImportName(name)) throw new Error(`Not an import: ${JSON.stringify(name)}`);
	return queryRows<ImportContentRow>(
		conn,
		`SELECT indicator_id, geo_id, any_value(geo_name) AS geo_name, bool_or(geo_known) AS geo_known, sex,
		        count(*)::INTEGER AS figures, min(year) AS first_year, max(year) AS last_year,
		        arg_max(value, year) AS last_value, any_value(unit) AS unit
		 FROM main.${sqlIdentifier(name)}
		 GROUP BY indicator_id, geo_id, sex
		 ORDER BY bool_or(geo_known) DESC, count(*) DESC, indicator_id, geo_id, sex
		 LIMIT ?`,
		[limit]
	);
}
