/**
 * The one CSV writer for every file the site produces (published downloads, share panel CSVs, the
 * SQL console's export): RFC 4180 quoting, and every cell made safe to open in a spreadsheet
 * (`neutraliseFormula`). Numbers are written as JavaScript prints them, so `-5` stays a number;
 * non-finite numbers are written as text (`NaN`, `'-Infinity`) since no spreadsheet has a number
 * for them. Pure: runs in Node and the browser.
 */
import { neutraliseFormula } from './formulaCell';

export type CsvValue = string | number | bigint | boolean | null | undefined;

export interface CsvOptions {
	/** Line ending after every record, the last one included. Default `\n`. */
	newline?: '\n' | '\r\n';
}

// A field needs quotes when it holds the delimiter, a quote or a line break, or starts or ends
// with whitespace that a reader might trim.
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One cell as CSV text: neutralised, then quoted when needed. */
export function csvCell(value: CsvValue): string {
	if (value === null || value === undefined) return '';
	const text = neutraliseFormula(typeof value === 'string' ? value : String(value));
	return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A header and rows (arrays of cells, in header order) as CSV text. */
export function writeCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>, options: CsvOptions = {}): string {
	const newline = options.newline ?? '\n';
	const lines = [header.map(csvCell).join(',')];
	for (const row of rows) lines.push(row.map(csvCell).join(','));
	return lines.join(newline) + newline;
}
