/**
 * Types shared by the importer: what the sniffer finds at the top of a file, what a layout maps a
 * row to, what goes wrong and where. Pure types, no runtime code, so both the worker and the page
 * import them freely.
 */

/** The layouts the importer recognises; `mapped` is the user's own column mapping. */
export type LayoutId = 'tidy' | 'wdi' | 'owid' | 'hxl' | 'sdmx' | 'mapped';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** One imported figure, still as strings, in the tidy schema's column names (plus place/indicator labels). */
export interface ImportRecord {
	indicator_id: string;
	indicator_name?: string;
	/** The place code as the file gives it (ISO3, ISO 3166-2, p-code, …); resolved to a geo_id later. */
	place_code: string;
	place_name?: string;
	year: string;
	value: string;
	lower?: string;
	upper?: string;
	population_group?: string;
	sex?: string;
	unit?: string;
	source?: string;
	note?: string;
	/** For wide files: the column the value came from (a WDI year column), so issues point at it. */
	value_column?: string;
}

/** Rows at the top of the file, already split into fields, used to recognise the layout. */
export interface HeadSample {
	/** Column names (for HXL files without a text header, the tags). */
	header: string[];
	/** The HXL hashtag row under the header, when there is one. */
	tags: string[] | null;
	/** The first data rows (not the whole file). */
	rows: string[][];
	/** Lines above the header (e.g. the WDI "Data Source" block), as fields. */
	preamble: string[][];
	/** The field delimiter, for layouts that read decimal commas in `;` files. */
	delimiter: string;
}

/** A layout's mapping from one data row to zero or more records (wide files give several). */
export type RowMapper = (row: string[]) => ImportRecord[];

/** Which column holds what, chosen by the user for a file no layout recognised. */
export interface ColumnMapping {
	place: number;
	year: number;
	value: number;
	/** Column with the indicator code, or -1 to use `indicatorName` for every row. */
	indicator: number;
	indicatorName: string;
	placeName?: number;
	lower?: number;
	upper?: number;
	sex?: number;
	unit?: number;
	/** Used when no unit column is chosen: one of the schema's units, or ''. */
	unitValue?: string;
}

export interface Layout {
	id: LayoutId;
	/** Human name shown in the preview ("World Bank WDI bulk download"). */
	label: string;
	/** Returns a row mapper when the head looks like this layout, else null. */
	detect(head: HeadSample): RowMapper | null;
}

export type IssueLevel = 'error' | 'warning';

/** A problem found in the file, with where it is (1-based line in the file as a text editor shows it). */
export interface ImportIssue {
	level: IssueLevel;
	line: number | null;
	column: string | null;
	message: string;
}
