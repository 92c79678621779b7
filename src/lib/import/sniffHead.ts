/**
 * Reads the top of a text file: encoding and BOM, delimiter, preamble, header, HXL tag row and the
 * first data rows. Everything the layout detectors need, from the first bytes only. Line ends are
 * read one line at a time (lineEnds.ts), as streamRows reads the whole file.
 */
import Papa from 'papaparse';
import { detectDelimiter } from './detectDelimiter';
import { findHeader, type HeaderPosition } from './findHeader';
import { normalizeLineEnds } from './lineEnds';
import { sniffEncoding } from './sniffEncoding';
import type { HeadSample, ImportIssue, TextEncodingName } from './types';

export interface SniffedHead {
	encoding: TextEncodingName;
	bom: boolean;
	delimiter: string;
	position: HeaderPosition;
	head: HeadSample;
}

const fail = (message: string, line: number | null = null): { ok: false; issue: ImportIssue } => ({
	ok: false,
	issue: { level: 'error', line, column: null, message }
});

/** `bytes` is the start of the file, or all of it when `complete`. */
export function sniffHead(bytes: Uint8Array, complete: boolean, sampleRows = 50): { ok: true; sniffed: SniffedHead } | { ok: false; issue: ImportIssue } {
	const enc = sniffEncoding(bytes, complete);
	if (!enc.ok) return fail(enc.message, enc.line);
	const decoded = new TextDecoder(enc.encoding).decode(bytes, { stream: !complete });
	// Only whole lines: the last one of an incomplete head may be cut anywhere.
	const wholeLines = (t: string) => (complete ? t : t.slice(0, t.lastIndexOf('\n') + 1));
	// The delimiter vote needs lines but not quotes, so every CR can count as a line end here.
	const sample = wholeLines(decoded.replace(/\r\n?/g, '\n'));
	if (!sample.trim()) return fail(complete ? 'The file holds only blank lines or spaces: there is no table in it.' : 'The first lines of the file are blank: there is no table at the top.', 1);

	const guess = detectDelimiter(sample);
	if (guess.fields < 2) {
		return fail('Only one column was found: no comma, semicolon, tab or | separates the fields on line 1. Is this a CSV file?', 1);
	}
	const text = wholeLines(normalizeLineEnds(decoded, guess.delimiter));
	const rows = Papa.parse<string[]>(text, { delimiter: guess.delimiter, newline: '\n', skipEmptyLines: false }).data;
	if (rows.length && rows.at(-1)!.length === 1 && rows.at(-1)![0] === '') rows.pop();
	const position = findHeader(rows);
	if (!position) return fail('No header row was found: no line has the same fields as the rows below it.', 1);
	const header = rows[position.header];
	return {
		ok: true,
		sniffed: {
			encoding: enc.encoding,
			bom: enc.bomLength > 0,
			delimiter: guess.delimiter,
			position,
			head: {
				header,
				tags: position.tags >= 0 ? rows[position.tags] : null,
				rows: rows.slice(position.data, position.data + sampleRows).filter((r) => r.some((c) => c.trim() !== '')),
				preamble: rows.slice(0, position.header),
				delimiter: guess.delimiter
			}
		}
	};
}
