/**
 * Finds a figure that repeats an earlier one: same indicator, place, year, population group, sex
 * and source (the build's primary key, with the import's `source` standing for source_id), across
 * the whole file. Keys are built from the table's dictionary codes, packed into one number when
 * they fit (a few million rows then cost tens of MB, not hundreds), else a short string.
 */
import type { ImportRow } from './importRow';
import type { StringColumn } from './columnStore';
import type { TableBuilder } from './tableBuilder';
import type { ImportIssue } from './types';

const KEY = ['indicator_id', 'geo_id', 'year', 'population_group', 'sex', 'source'] as const;

/** Returns a checker: null for a new key (remembered), or the duplicate-key issue. */
export function duplicateKey(builder: TableBuilder): (row: ImportRow) => ImportIssue | null {
	const packed = new Map<number, number>();
	const spelled = new Map<string, number>();
	const code = (name: 'indicator_id' | 'geo_id' | 'population_group' | 'sex' | 'source', row: ImportRow) =>
		(builder.columns[name] as StringColumn).codeOf(row[name]) + 1; // null → 0
	return (row) => {
		const [ind, geo, pg, sex, src] = [code('indicator_id', row), code('geo_id', row), code('population_group', row), code('sex', row), code('source', row)];
		const year = row.year - 1900; // 1900 ≤ year ≤ this year (validated)
		const fits = ind < 2 ** 16 && geo < 2 ** 12 && year >= 0 && year < 2 ** 8 && pg < 2 ** 4 && sex < 2 ** 2 && src < 2 ** 11;
		// 16 + 12 + 8 + 4 + 2 + 11 = 53 bits: exact in a double.
		const key = fits ? ((((ind * 2 ** 12 + geo) * 2 ** 8 + year) * 2 ** 4 + pg) * 2 ** 2 + sex) * 2 ** 11 + src : `${ind},${geo},${row.year},${pg},${sex},${src}`;
		const first = typeof key === 'number' ? packed.get(key) : spelled.get(key);
		if (first === undefined) {
			if (typeof key === 'number') packed.set(key, row.line);
			else spelled.set(key, row.line);
			return null;
		}
		const values = KEY.map((k) => JSON.stringify(row[k] ?? '')).join(', ');
		return { level: 'error', line: row.line, column: null, message: `duplicate key (${KEY.join(', ')}) = (${values}): also on line ${first}` };
	};
}
