import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { neutraliseFormula, startsLikeFormula } from '$lib/data/csv/formulaCell';
import { csvCell, writeCsv } from '$lib/data/csv/writeCsv';
import { FORMULA_PAYLOADS, formulaCells } from '../../../support/formulaCells';

describe('startsLikeFormula(text)', () => {
	it.each([
		['=1+1', true],
		['+1', true],
		['-1+1', true],
		['@SUM(A1)', true],
		['\t=1+1', true],
		['\rx', true],
		['\0=1', true],
		['  =1+1', true],
		['\n@x', true],
		['＝1+1', true],
		['-5 %', true],
		['-', true],
		['-5', false],
		['-0.25', false],
		['-.5', false],
		['-1e-3', false],
		['12', false],
		['Cambodia', false],
		['a=b', false],
		['(=1)', false],
		['', false]
	])('%j → %s', (text, expected) => {
		expect(startsLikeFormula(text)).toBe(expected);
	});

	it('neutralises with one leading single quote and keeps the text', () => {
		expect(neutraliseFormula('=1+1')).toBe("'=1+1");
		expect(neutraliseFormula('\t=1+1')).toBe("'\t=1+1");
		expect(neutraliseFormula('-5')).toBe('-5');
	});
});

describe('csvCell(value)', () => {
	it.each([
		[null, ''],
		[undefined, ''],
		['', ''],
		[-5, '-5'],
		[0.1, '0.1'],
		[12345678901234567890n, '12345678901234567890'],
		[true, 'true'],
		[Number.NEGATIVE_INFINITY, "'-Infinity"],
		['a, b', '"a, b"'],
		['say "hi"', '"say ""hi"""'],
		['two\nlines', '"two\nlines"'],
		['cr\ronly', '"cr\ronly"'],
		[' padded ', '" padded "'],
		['=1+1', "'=1+1"],
		['=A1,B1', `"'=A1,B1"`],
		['\t=1+1', "'\t=1+1"]
	])('%s → %j', (value, expected) => {
		expect(csvCell(value)).toBe(expected);
	});
});

describe('writeCsv(header, rows)', () => {
	const rows = FORMULA_PAYLOADS.map((text, i) => [i, text, -i - 0.5]);

	it('writes hostile text so that no cell of the file starts like a formula', () => {
		// Control: the same cells joined naively are dangerous, so the check below can fail.
		const naive = ['n,text,value', ...rows.map((r) => r.map((c) => (typeof c === 'string' ? `"${c.replaceAll('"', '""')}"` : c)).join(','))].join('\n');
		expect(formulaCells(naive).length).toBeGreaterThanOrEqual(FORMULA_PAYLOADS.length - 1);

		const csv = writeCsv(['n', '=text', 'value'], rows);
		expect(formulaCells(csv)).toEqual([]);
	});

	it('keeps every record whole (embedded newlines quoted) and numbers readable as numbers', () => {
		const csv = writeCsv(['n', 'text', 'value'], rows);
		const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });
		expect(parsed.errors).toEqual([]);
		expect(parsed.data).toHaveLength(rows.length + 1);
		// Each hostile text comes back as itself behind exactly one quote (the two-line cell starts
		// with a letter, so it needs only its quotes); negatives stay plain.
		expect(parsed.data.slice(1).map((r) => r[1])).toEqual(FORMULA_PAYLOADS.map((t) => (t.startsWith('line') ? t : `'${t}`)));
		expect(parsed.data.slice(1).map((r) => Number(r[2]))).toEqual(rows.map((r) => r[2]));
	});

	it('ends every record with the newline asked for', () => {
		expect(writeCsv(['a', 'b'], [[1, 'x']])).toBe('a,b\n1,x\n');
		expect(writeCsv(['a', 'b'], [[1, 'x']], { newline: '\r\n' })).toBe('a,b\r\n1,x\r\n');
		expect(writeCsv(['a'], [])).toBe('a\n');
	});
});
