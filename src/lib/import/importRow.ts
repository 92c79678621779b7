/**
 * The shape of an imported table, in DuckDB and in the persisted store: the tidy schema's columns
 * (same names as data/observations.csv) plus what an import needs to stay honest — the place name
 * and code as the file gave them, whether the place is one the observatory knows, and the file line
 * each figure came from.
 */

export interface ImportRow {
	indicator_id: string;
	indicator_name: string | null;
	/** Our geo_id when the place is known, else the code (or name) exactly as the file gave it. */
	geo_id: string;
	geo_name: string | null;
	/** False for places the observatory does not know (kept, flagged, never guessed). */
	geo_known: boolean;
	year: number;
	value: number;
	lower: number | null;
	upper: number | null;
	population_group: string | null;
	sex: string | null;
	unit: string | null;
	source: string | null;
	note: string | null;
	/** 1-based line in the imported file. */
	line: number;
}

export type ImportColumnType = 'VARCHAR' | 'BOOLEAN' | 'INTEGER' | 'DOUBLE';

/** Column order and SQL types of every import table (`import_<name>`). */
export const IMPORT_COLUMNS: readonly { name: keyof ImportRow; type: ImportColumnType }[] = [
	{ name: 'indicator_id', type: 'VARCHAR' },
	{ name: 'indicator_name', type: 'VARCHAR' },
	{ name: 'geo_id', type: 'VARCHAR' },
	{ name: 'geo_name', type: 'VARCHAR' },
	{ name: 'geo_known', type: 'BOOLEAN' },
	{ name: 'year', type: 'INTEGER' },
	{ name: 'value', type: 'DOUBLE' },
	{ name: 'lower', type: 'DOUBLE' },
	{ name: 'upper', type: 'DOUBLE' },
	{ name: 'population_group', type: 'VARCHAR' },
	{ name: 'sex', type: 'VARCHAR' },
	{ name: 'unit', type: 'VARCHAR' },
	{ name: 'source', type: 'VARCHAR' },
	{ name: 'note', type: 'VARCHAR' },
	{ name: 'line', type: 'INTEGER' }
];
