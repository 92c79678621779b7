import { describe, expect, it } from 'vitest';
import { parseCsv } from '$lib/data/parseCsv';

const cells = (text: string) => parseCsv(text, 'f.csv').records.map((r) => r.cells.map(({ text, line, column }) => [text, line, column]));

describe('parseCsv', () => {
	it('keeps values as strings and gives each field its line and column', () => {
		expect(cells('a,b\n1,x\n')).toEqual([[['1', 2, 1], ['x', 2, 3]]]);
	});

	it('numbers lines as an editor does when a quoted field spans lines', () => {
		const text = 'a,b,c\n1,"two\nlines",3\n4,5,6\n';
		expect(cells(text)).toEqual([
			[['1', 2, 1], ['two\nlines', 2, 3], ['3', 3, 8]],
			[['4', 4, 1], ['5', 4, 3], ['6', 4, 5]]
		]);
	});

	it('treats CRLF like LF and ignores a byte-order mark', () => {
		expect(cells('\uFEFFa,b\r\n1,"x\r\ny"\r\n2,z\r\n')).toEqual([
			[['1', 2, 1], ['x\ny', 2, 3]],
			[['2', 4, 1], ['z', 4, 3]]
		]);
	});

	it('counts columns in characters, not bytes (Khmer names)', () => {
		expect(cells('a,b,c\nកម្ពុជា,"q""r",x\n')).toEqual([[['កម្ពុជា', 2, 1], ['q"r', 2, 9], ['x', 2, 16]]]);
	});

	it('skips blank lines without shifting line numbers', () => {
		expect(cells('a\n1\n\n2\n\n')).toEqual([[['1', 2, 1]], [['2', 4, 1]]]);
	});

	it('reports an unterminated quote where the field opens', () => {
		const table = parseCsv('a,b\n1,"open\n', 'f.csv');
		expect(table.issues.map(({ line, column, message }) => [line, column, message])).toEqual([[2, 3, 'malformed CSV: Quoted field unterminated']]);
	});

	it('marks where a row ends, for fields that are missing', () => {
		expect(parseCsv('a,b,c\n1,2\n', 'f.csv').records[0].end).toEqual({ line: 2, column: 4 });
	});
});
