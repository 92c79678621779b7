/**
 * PapaParse wrapper that keeps where every field starts, so a problem can be reported as
 * `file:line:column` even when a quoted field spans lines. Values stay strings: `validateTable`
 * does the typing. Pure: runs in Node and the browser.
 */
import Papa from 'papaparse';
import type { Issue, Position } from './issue';

export interface CsvCell extends Position {
	text: string;
}

export interface CsvRecord {
	/** Line where the record starts. */
	line: number;
	cells: CsvCell[];
	/** Just after the record's last character (where a missing field would go). */
	end: Position;
}

export interface CsvTable {
	file: string;
	header: CsvCell[];
	records: CsvRecord[];
	/** Malformed CSV (quotes). Field-count mismatches are left to `validateTable`. */
	issues: Issue[];
}

/** Maps a character offset to a 1-based line and column (counting code points, like editors). */
function locator(text: string): (offset: number) => Position {
	const starts = [0];
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	return (offset) => {
		let lo = 0;
		let hi = starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (starts[mid] <= offset) lo = mid;
			else hi = mid - 1;
		}
		let column = 1;
		for (const _ of text.slice(starts[lo], offset)) column++;
		return { line: lo + 1, column };
	};
}

/** Offsets where each of `count` fields starts, walking the raw text from `from`. */
function fieldStarts(text: string, from: number, count: number): { starts: number[]; end: number } {
	const starts: number[] = [];
	let pos = from;
	for (let i = 0; i < count; i++) {
		starts.push(pos);
		if (text[pos] === '"') {
			let j = pos + 1;
			for (;;) {
				const q = text.indexOf('"', j);
				if (q === -1) return { starts, end: text.length };
				if (text[q + 1] === '"') j = q + 2;
				else {
					pos = q + 1;
					break;
				}
			}
		}
		while (pos < text.length && text[pos] !== ',' && text[pos] !== '\n') pos++;
		if (i < count - 1 && text[pos] === ',') pos++;
	}
	return { starts, end: pos };
}

export function parseCsv(input: string, file: string): CsvTable {
	// Editors count CRLF and LF alike, so normalising keeps line numbers and columns right.
	const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	const at = locator(text);
	const issues: Issue[] = [];
	const rows: CsvRecord[] = [];
	let rowStart = 0;
	Papa.parse<string[]>(text, {
		header: false,
		delimiter: ',',
		newline: '\n',
		quoteChar: '"',
		step: (result) => {
			const from = rowStart;
			rowStart = result.meta.cursor;
			const data = result.data;
			const { starts, end } = fieldStarts(text, from, data.length);
			for (const error of result.errors) {
				// An unterminated quote is reported where the quoted field opens.
				const opening = starts.findLast((s) => text[s] === '"');
				const offset =
					error.code === 'MissingQuotes' && opening !== undefined
						? opening
						: typeof error.index === 'number'
							? error.index
							: from;
				issues.push({ level: 'error', file, ...at(offset), message: `malformed CSV: ${error.message}`, rule: 'csv' });
			}
			if (data.length === 1 && data[0].trim() === '') return; // blank line
			rows.push({
				line: at(from).line,
				cells: data.map((value, i) => ({ text: value, ...at(starts[i] ?? from) })),
				end: at(end)
			});
		}
	});
	const [header, ...records] = rows;
	return { file, header: header?.cells ?? [], records, issues };
}
