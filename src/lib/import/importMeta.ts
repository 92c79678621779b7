/**
 * What the browser remembers about each import, besides its rows: enough to list it, describe it
 * and chart it without loading the table. This is the type other pages (explore, sql) read through
 * `listImports()`.
 */
import type { IndicatorCount, PlaceCount } from './tableBuilder';
import type { LayoutId } from './types';

export interface ImportMeta {
	/** DuckDB table name, `import_<file>`; also the key in the browser's store. */
	name: string;
	fileName: string;
	fileBytes: number;
	layout: { id: LayoutId; label: string };
	/** ISO timestamp. */
	importedAt: string;
	rows: number;
	years: { min: number; max: number; count: number } | null;
	/** Known places first (capped at 500; `placeCount` has the total). */
	places: PlaceCount[];
	placeCount: number;
	/** Indicators by number of figures (capped at 500; `indicatorCount` has the total). */
	indicators: IndicatorCount[];
	indicatorCount: number;
	/** Figures the user agreed to leave out because they failed a check. */
	skipped: number;
}
