import { describe, expect, it } from 'vitest';
import { LineEnds, normalizeLineEnds } from '$lib/import/lineEnds';
import { streamRows } from '$lib/import/streamRows';
import { read, readOk, textBlob } from './fixtures';

describe('normalizeLineEnds(text, delimiter)', () => {
	it.each([
		['CRLF header, LF rows', 'a,b\r\n1,2\n3,4\n', 'a,b\n1,2\n3,4\n'],
		['LF header, CRLF rows', 'a,b\n1,2\r\n3,4\r\n', 'a,b\n1,2\n3,4\n'],
		['lone CR (classic Mac)', 'a,b\r1,2\r', 'a,b\n1,2\n'],
		['CR CR LF is two line ends', 'a,b\r\r\n1,2', 'a,b\n\n1,2'],
		['quoted fields keep their line ends', 'a,b\r\n"x\r\ny","p\rq"\r\n', 'a,b\n"x\r\ny","p\rq"\n'],
		['escaped quotes do not end a quoted field', 'a,b\r\n"say ""hi""\r\nthere",1\r\n', 'a,b\n"say ""hi""\r\nthere",1\n'],
		['a quote inside an unquoted field is a character', 'a,b\r\n5" screen,1\r\n2,3\r\n', 'a,b\n5" screen,1\n2,3\n']
	])('%s', (_name, input, expected) => {
		expect(normalizeLineEnds(input, ',')).toBe(expected);
	});

	it('gives the same text however the input is cut into chunks', () => {
		const input = 'a;b\r\n"x\r\n""y""";2\r3;"4"\r\n5;6\n';
		const whole = normalizeLineEnds(input, ';');
		for (let size = 1; size <= 5; size++) {
			const ends = new LineEnds(';');
			let out = '';
			for (let i = 0; i < input.length; i += size) out += ends.push(input.slice(i, i + size));
			expect(out).toBe(whole);
		}
	});
});

describe('importer line ends', () => {
	it('streams a CRLF header over LF rows as separate rows, at every slice size', async () => {
		for (const sliceBytes of [1, 2, 3, 7, 1 << 20]) {
			const rows: [string[], number][] = [];
			await streamRows(textBlob('a,b\r\n1,2\n"x\r\ny",3\r4,5\n'), {
				encoding: 'utf-8',
				delimiter: ',',
				sliceBytes,
				onRow: (row, line) => void rows.push([row, line])
			});
			expect(rows).toEqual([
				[['a', 'b'], 1],
				[['1', '2'], 2],
				[['x\r\ny', '3'], 3],
				[['4', '5'], 5]
			]);
		}
	});

	it('reads a tidy file with a CRLF header and LF rows as three figures', async () => {
		const text = 'indicator_id,geo_id,year,value\r\nhiv_prevalence,KHM,2019,0.5\nhiv_prevalence,KHM,2020,0.6\nhiv_prevalence,THA,2020,1.1\n';
		const r = readOk(await read(textBlob(text)));
		expect(r.layout.id).toBe('tidy');
		expect(r.data.issueCount).toBe(0);
		expect(r.data.builder.size).toBe(3);
		expect(r.format.headerLine).toBe(1);
	});

	it('reads the CRLF-header fixture with its quoted CRLF note kept and lines counted', async () => {
		const r = readOk(await read('crlf-header-lf-rows.csv'));
		const { columns, size } = r.data.builder;
		expect(size).toBe(3);
		expect(Array.from({ length: size }, (_, i) => [columns.line.get(i), columns.note.get(i)])).toEqual([
			[2, 'first row'],
			[3, 'two\r\nlines'],
			[5, null]
		]);
	});
});
