import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { parquetReadObjects } from 'hyparquet';
import { resultToCsv } from '$lib/db/console/resultToCsv';
import { resultToParquet } from '$lib/db/console/resultToParquet';
import { exportNames } from '$lib/db/console/exportNames';
import { formatCell } from '$lib/db/console/formatCell';
import type { ResultSet } from '$lib/db/console/resultSet';

const result: ResultSet = {
	columns: [
		{ name: 'geo_id', type: 'Utf8', kind: 'text' },
		{ name: 'year', type: 'Int32', kind: 'number' },
		{ name: 'value', type: 'Float64', kind: 'number' },
		{ name: 'day', type: 'Date32<DAY>', kind: 'date' },
		{ name: 'ok', type: 'Bool', kind: 'boolean' },
		{ name: 'value', type: 'Float64', kind: 'number' }
	],
	data: [
		['KH-1', '=cmd|calc', '<img src=x onerror=alert(1)>'],
		[2019, 2020, null],
		[0.5, 1234567.25, -3],
		[Date.UTC(2020, 0, 31), null, Date.UTC(1999, 11, 1)],
		[true, false, null],
		[1, 2, 3]
	],
	rowCount: 3,
	truncated: false,
	elapsedMs: 1
};

describe('exportNames(names)', () => {
	it('keeps unique names and numbers repeats', () => {
		expect(exportNames(['a', 'b', 'a', 'a', ''])).toEqual(['a', 'b', 'a_2', 'a_3', 'column']);
	});
});

describe('formatCell(value, kind)', () => {
	it('writes NULL, ISO dates and unrounded numbers', () => {
		expect(formatCell(null, 'number')).toBe('NULL');
		expect(formatCell(Date.UTC(2020, 0, 31), 'date')).toBe('2020-01-31');
		expect(formatCell(Date.UTC(2020, 0, 31, 10, 5, 1), 'timestamp')).toBe('2020-01-31 10:05:01');
		expect(formatCell(1234567.25, 'number')).toBe('1234567.25');
	});
});

describe('resultToCsv(result)', () => {
	it('round-trips through a CSV parser with empty cells for NULL', () => {
		const parsed = Papa.parse<string[]>(resultToCsv(result), { skipEmptyLines: true }).data;
		expect(parsed[0]).toEqual(['geo_id', 'year', 'value', 'day', 'ok', 'value_2']);
		expect(parsed[1]).toEqual(['KH-1', '2019', '0.5', '2020-01-31', 'true', '1']);
		expect(parsed[3]).toEqual(['<img src=x onerror=alert(1)>', '', '-3', '1999-12-01', '', '3']);
	});

	it('defuses text that a spreadsheet would run as a formula', () => {
		const parsed = Papa.parse<string[]>(resultToCsv(result), { skipEmptyLines: true }).data;
		expect(parsed[2][0]).toBe("'=cmd|calc");
	});
});

describe('resultToParquet(result)', () => {
	it('writes a file a Parquet reader reads back with the same values and types', async () => {
		const rows = await parquetReadObjects({ file: resultToParquet(result) });
		expect(rows).toHaveLength(3);
		expect(rows[0]).toMatchObject({ geo_id: 'KH-1', year: 2019, value: 0.5, ok: true, value_2: 1 });
		expect(rows[2]).toMatchObject({ year: null, value: -3, ok: null });
		expect(rows[0].day).toEqual(new Date(Date.UTC(2020, 0, 31)));
		expect(rows[1].day).toBeNull();
	});

	it('writes an empty result with its columns', async () => {
		const empty: ResultSet = { ...result, data: result.columns.map(() => []), rowCount: 0 };
		const rows = await parquetReadObjects({ file: resultToParquet(empty) });
		expect(rows).toEqual([]);
	});
});
