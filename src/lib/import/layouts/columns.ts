/**
 * Small helpers the layouts share: find a column by any of its usual names, recognise numbers and
 * missing-value markers, and make an indicator id from a column title.
 */

/** A column name as the layouts compare names: case, spaces, `_` and `-` ignored. */
export const columnKey = (s: string) => s.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
const norm = columnKey;

/** Index of the first column whose name matches one of `names` (case, spaces, _ and - ignored), or -1. */
export function findColumn(header: string[], ...names: string[]): number {
	const wanted = names.map(norm);
	for (const name of wanted) {
		const i = header.findIndex((h) => norm(h) === name);
		if (i >= 0) return i;
	}
	return -1;
}

/** Markers publishers use for "no figure": WDI DataBank `..`, `NA`, a dash. Gaps stay gaps. */
const MISSING = new Set(['', '..', '...', '…', 'na', 'n/a', 'nan', '-', '–', '—', 'null', ':']);

export function isMissing(s: string | undefined): boolean {
	return s === undefined || MISSING.has(s.trim().toLowerCase());
}

export function isNumberLike(s: string): boolean {
	return /^\s*[-+]?(\d+([.,]\d*)?|[.,]\d+)([eE][-+]?\d+)?\s*$/.test(s);
}

/** `Share of population (%)` → `share_of_population`. */
export function slug(s: string): string {
	return s
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_+|_+$/g, '')
		.slice(0, 60);
}

/** Cell `i` of `row`, trimmed, or '' when the column is absent (i < 0) or the row is short. For codes and numbers. */
export function cell(row: string[], i: number | undefined): string {
	return i === undefined || i < 0 ? '' : (row[i] ?? '').trim();
}

/**
 * A free-text cell (note, name, source) as the file gives it, leading and trailing whitespace
 * included, or '' when it holds only whitespace. Trimming would change what the user wrote, and
 * trimming a leading tab turns `\t=1+1` into a live spreadsheet formula on export.
 */
export function textCell(row: string[], i: number | undefined): string {
	const text = i === undefined || i < 0 ? '' : (row[i] ?? '');
	return text.trim() === '' ? '' : text;
}

/** A number written with a decimal comma in a `;`-delimited file becomes `0.5`. */
export function decimalPoint(value: string, delimiter: string): string {
	return delimiter !== ',' && /^[-+]?\d+,\d+$/.test(value) ? value.replace(',', '.') : value;
}

/** Columns whose sample values are all numbers (at least one present). */
export function numericColumns(rows: string[][], candidates: number[]): number[] {
	return candidates.filter((i) => {
		const vals = rows.map((r) => cell(r, i)).filter((v) => !isMissing(v));
		return vals.length > 0 && vals.every(isNumberLike);
	});
}
