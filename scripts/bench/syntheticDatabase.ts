/**
 * Writes a synthetic copy of the published database for the benchmark: the shipped file's
 * `indicators`, `sources`, `geo`, `events` and `releases` tables as they are, and `observations` with `rows` generated
 * rows in the real schema (same column types and NOT NULL constraints, created by the data
 * build's own `createTable`), in the same storage format (STORAGE_VERSION v1.0.0).
 *
 * Row i is a distinct combination of real ids — indicator × place × year (1990–2029) × population
 * group × sex × source — so every key is unique, joins to the real catalog work, and a filter on
 * one indicator and place selects a realistic slice. Values are deterministic pseudo-random.
 * Rows are stored sorted by indicator, place and year, like data/observations.csv (and so the
 * shipped file): DuckDB's per-row-group min/max then lets a one-indicator query skip most of the
 * file, which is what keeps range reads small.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { rmSync } from 'node:fs';
import { resourceFor } from '../../src/lib/data/datapackage';
import { DERIVED_FIELDS } from '../../src/lib/data/deriveRows';
import { POPULATION_GROUPS, SEXES, TABLE_NAMES } from '../../src/lib/data/schema';
import { createTable, sqlColumns } from '../data/sqlColumns';

const YEARS = 40;
const FIRST_YEAR = 1990;

const list = (values: readonly string[]) => `[${values.map((v) => `'${v.replaceAll("'", "''")}'`).join(', ')}]`;

export async function writeSyntheticDatabase(shipped: string, out: string, rows: number): Promise<void> {
	rmSync(out, { force: true });
	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	try {
		await conn.run(`ATTACH '${shipped.replaceAll("'", "''")}' AS src (READ_ONLY)`);
		await conn.run(`ATTACH '${out.replaceAll("'", "''")}' AS out (STORAGE_VERSION 'v1.0.0')`);
		const columns = (name: (typeof TABLE_NAMES)[number]) => sqlColumns([...resourceFor(name).schema.fields, ...(DERIVED_FIELDS[name] ?? [])]);
		for (const name of TABLE_NAMES.filter((t) => t !== 'observations')) {
			await createTable(conn, `out.${name}`, columns(name));
			await conn.run(`INSERT INTO out.${name} SELECT * FROM src.${name}`);
		}
		await createTable(conn, 'out.observations', columns('observations'));
		const ids = async (sql: string) => (await conn.runAndReadAll(sql)).getRows().map((r) => String(r[0]));
		const indicators = await ids('SELECT indicator_id FROM src.indicators ORDER BY 1');
		const units = await ids('SELECT unit FROM src.indicators ORDER BY indicator_id');
		const geos = await ids('SELECT geo_id FROM src.geo ORDER BY 1');
		const sources = await ids('SELECT source_id FROM src.sources ORDER BY 1');
		const [ni, ng, np, nx] = [indicators.length, geos.length, POPULATION_GROUPS.length, SEXES.length];
		// Every indicator gets an equal contiguous block of rows, every place an equal contiguous
		// block within it, so rows come out sorted by indicator and place at any size. Within a
		// place, k enumerates year, then sex, population group and source (years vary fastest, so
		// even the smallest size has whole series rather than one early year).
		await conn.run(`
			INSERT INTO out.observations
			SELECT ${list(indicators)}[1 + ind], ${list(geos)}[1 + geo],
			       CAST(${FIRST_YEAR} + k % ${YEARS} AS VARCHAR),
			       ${list(POPULATION_GROUPS)}[1 + (k // ${YEARS * nx}) % ${np}],
			       ${list(SEXES)}[1 + (k // ${YEARS}) % ${nx}],
			       round(v, 2), round(v * 0.9, 2), round(v * 1.1, 2),
			       ${list(units)}[1 + ind],
			       ${list(sources)}[1 + (k // ${YEARS * nx * np}) % ${sources.length}],
			       'place', NULL, NULL, NULL, NULL, NULL,
			       make_date(${FIRST_YEAR} + k % ${YEARS}, 1, 1), make_date(${FIRST_YEAR} + k % ${YEARS}, 12, 31), 'year',
			       ${FIRST_YEAR} + k % ${YEARS}
			FROM (
				SELECT *, j - (geo * size + ${ng - 1}) // ${ng} AS k
				FROM (
					SELECT *, (j * ${ng}) // size AS geo
					FROM (
						SELECT i, ind, v, i - start AS j, ((ind + 1) * ${rows} + ${ni - 1}) // ${ni} - start AS size
						FROM (
							SELECT range AS i, (range * ${ni}) // ${rows} AS ind,
							       (((range * ${ni}) // ${rows}) * ${rows} + ${ni - 1}) // ${ni} AS start,
							       (hash(range) % 100000) / 1000.0 AS v
							FROM range(${rows})))))`);
		await conn.run('DETACH out');
	} finally {
		conn.closeSync();
		instance.closeSync();
	}
}
