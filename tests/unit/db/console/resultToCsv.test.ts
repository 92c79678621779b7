/** The console's CSV export through the shared writer: formula-like names and cells, line breaks. */
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { resultToCsv } from '$lib/db/console/resultToCsv';
import type { ResultSet } from '$lib/db/console/resultSet';
import { FORMULA_PAYLOADS, formulaCells } from '../../../support/formulaCells';

const n = FORMULA_PAYLOADS.length;
const result: ResultSet = {
	columns: [
		{ name: '=cmd|calc', type: 'Utf8', kind: 'text' },
		{ name: 'value', type: 'Float64', kind: 'number' },
		{ name: 'exact', type: 'Decimal', kind: 'number' },
		{ name: 'listed', type: 'List<Utf8>', kind: 'other' }
	],
	data: [
		[...FORMULA_PAYLOADS],
		FORMULA_PAYLOADS.map((_, i) => -i - 0.25),
		FORMULA_PAYLOADS.map((_, i) => (i % 2 ? '-12345678901234567890' : null)),
		FORMULA_PAYLOADS.map(() => '[=1+1, x]')
	],
	rowCount: n,
	truncated: false,
	elapsedMs: 1
};

describe('resultToCsv(result)', () => {
	it('writes no cell or column name that a spreadsheet would run', () => {
		expect(formulaCells(resultToCsv(result))).toEqual([]);
	});

	it('keeps every row whole, multi-line cells included, and numbers as numbers', () => {
		const rows = Papa.parse<string[]>(resultToCsv(result), { skipEmptyLines: true }).data;
		expect(rows).toHaveLength(n + 1);
		expect(rows[0]).toEqual(["'=cmd|calc", 'value', 'exact', 'listed']);
		expect(rows.slice(1).map((r) => Number(r[1]))).toEqual(result.data[1]);
		expect(rows[2][2]).toBe('-12345678901234567890');
		expect(rows[1][2]).toBe('');
		expect(rows.find((r) => r[0].includes('\n'))?.[0]).toBe('line one\n=line two');
	});
});
