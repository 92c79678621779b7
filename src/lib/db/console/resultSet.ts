/** A console result held column by column (cheap to keep, to virtualise, and to write as Parquet). */
import type { CellKind } from './cellKind';
import type { CellValue } from './cellValue';

export interface ResultColumn {
	name: string;
	/** Arrow's name for the type, e.g. `Float64`, `Utf8`, `Date32<DAY>`. */
	type: string;
	kind: CellKind;
}

export interface ResultSet {
	columns: ResultColumn[];
	/** `data[column][row]`. */
	data: CellValue[][];
	rowCount: number;
	/** True when the query returned more rows than the console keeps (see MAX_ROWS). */
	truncated: boolean;
	elapsedMs: number;
}
