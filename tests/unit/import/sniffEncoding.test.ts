import { describe, expect, it } from 'vitest';
import { sniffEncoding } from '$lib/import/sniffEncoding';
import { looksBinary } from '$lib/import/looksBinary';
import { firstInvalidUtf8 } from '$lib/import/firstInvalidUtf8';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);
const utf16le = (s: string) => new Uint8Array([...s].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));

describe('sniffEncoding(head, complete)', () => {
	it.each([
		['UTF-8 BOM', bytes(0xef, 0xbb, 0xbf, 0x61, 0x2c, 0x62), { encoding: 'utf-8', bomLength: 3 }],
		['UTF-16 LE BOM', bytes(0xff, 0xfe, 0x61, 0, 0x2c, 0), { encoding: 'utf-16le', bomLength: 2 }],
		['UTF-16 BE BOM', bytes(0xfe, 0xff, 0, 0x61, 0, 0x2c), { encoding: 'utf-16be', bomLength: 2 }],
		['UTF-16 LE without BOM', utf16le('a,b\n1,2\n'), { encoding: 'utf-16le', bomLength: 0 }],
		['plain ASCII', utf8('a,b\n1,2\n'), { encoding: 'utf-8', bomLength: 0 }],
		['UTF-8 Khmer', utf8('name\nកម្ពុជា\n'), { encoding: 'utf-8', bomLength: 0 }],
		['Latin-1 / Windows-1252', bytes(0x43, 0xf4, 0x74, 0x65, 0x0a), { encoding: 'windows-1252', bomLength: 0 }]
	])('%s', (_, head, expected) => {
		expect(sniffEncoding(head, true)).toEqual({ ok: true, ...expected });
	});

	it('does not count a character cut by the end of an incomplete head as invalid', () => {
		const cut = utf8('a,ក').slice(0, -1);
		expect(sniffEncoding(cut, false)).toMatchObject({ ok: true, encoding: 'utf-8' });
		// At the very end of a complete file it is truncation, which the stream reader reports.
		expect(sniffEncoding(cut, true)).toMatchObject({ ok: true, encoding: 'utf-8' });
	});

	it('refuses a file mixing UTF-8 and single-byte text, naming the line', () => {
		const mixed = new Uint8Array([...utf8('a\né\n'), 0xe9, 0x0a]);
		expect(sniffEncoding(mixed, true)).toMatchObject({ ok: false, line: 3, message: expect.stringMatching(/^Line 3: .*mixes encodings/) });
	});

	it('refuses UTF-32', () => {
		expect(sniffEncoding(bytes(0xff, 0xfe, 0, 0, 0x61, 0, 0, 0), true)).toMatchObject({ ok: false, message: expect.stringMatching(/UTF-32/) });
	});
});

describe('looksBinary(bytes)', () => {
	it.each([
		['PDF', utf8('%PDF-1.7\n'), /PDF document/],
		['gzip', bytes(0x1f, 0x8b, 8, 0), /gzip/],
		['old Excel', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1), /old Excel workbook/]
	])('names a %s file', (_, head, message) => {
		expect(looksBinary(head)?.message).toMatch(message);
	});

	it('names the line of a NUL byte', () => {
		expect(looksBinary(utf8('a,b\n1,2\n3,\u0000'))).toMatchObject({ line: 3, message: expect.stringMatching(/NUL byte at byte 11/) });
	});

	it('accepts text with tabs, CR and a DOS end-of-file mark', () => {
		expect(looksBinary(utf8('a\tb\r\n1\t2\r\n\u001a'))).toBeNull();
	});
});

describe('firstInvalidUtf8(bytes)', () => {
	it.each([
		['valid ASCII', utf8('abc'), 3],
		['valid multi-byte', utf8('aéក'), 6],
		['lone Latin-1 byte', bytes(0x61, 0xe9, 0x62), 1],
		['overlong encoding', bytes(0x61, 0xc0, 0x80), 1],
		['surrogate', bytes(0xed, 0xa0, 0x80), 0],
		['continuation bytes left over from the previous slice', bytes(0x80, 0x81, 0x61), 3],
		['sequence cut at the end', bytes(0x61, 0xe1, 0x9e), 3]
	])('%s', (_, b, expected) => {
		expect(firstInvalidUtf8(b)).toBe(expected);
	});
});
