import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '$lib/import/detectDelimiter';
import { findHeader, isTagRow } from '$lib/import/findHeader';

describe('detectDelimiter(sample)', () => {
	it.each([
		['commas', 'a,b,c\n1,2,3\n4,5,6\n', ','],
		['semicolons with decimal commas', 'place;year;rate\nKHM;2019;0,5\nTHA;2019;1,1\n', ';'],
		['tabs', 'a\tb\n1\t2\n', '\t'],
		['pipes', 'a|b|c\n1|2|3\n', '|'],
		['commas inside quotes do not count', '"a,1";b\n"c,2";d\n"e,3";f\n', ';'],
		['a WDI preamble does not sway the vote', '"Data Source","WDI",\n\n"Last Updated Date","2024-12-16",\n\n"A","B","C","D",\n"1","2","3","4",\n"5","6","7","8",\n', ',']
	])('%s', (_, sample, expected) => {
		expect(detectDelimiter(sample).delimiter).toBe(expected);
	});

	it('reports one field when nothing splits the lines', () => {
		expect(detectDelimiter('Cambodia\nThailand\n').fields).toBe(1);
	});
});

describe('findHeader(rows)', () => {
	it('skips a preamble of narrow and blank lines', () => {
		const rows = [['Data Source', 'WDI', ''], [''], ['Last Updated Date', '2024', ''], [''], ['A', 'B', 'C', 'D', ''], ['1', '2', '3', '4', '']];
		expect(findHeader(rows)).toEqual({ header: 4, tags: -1, data: 5 });
	});

	it('finds an HXL tag row under the header', () => {
		const rows = [['Province', 'Year', 'People'], ['#adm1+name', '#date+year', '#affected'], ['BMC', '2024', '3']];
		expect(findHeader(rows)).toEqual({ header: 0, tags: 1, data: 2 });
	});

	it('accepts a tag row standing alone as the first row', () => {
		expect(findHeader([['#country+code', '#date+year', '#affected'], ['KHM', '2024', '3']])).toEqual({ header: 0, tags: 0, data: 1 });
	});

	it('skips a title row padded with empty cells', () => {
		expect(findHeader([['Table 3. Returnees', '', ''], ['place', 'year', 'n'], ['KHM', '2024', '5']])?.header).toBe(1);
	});

	it('returns null when there is no row', () => {
		expect(findHeader([])).toBeNull();
	});

	it.each([
		[['#adm1 +code', '#date+year'], true],
		[['#country', ''], false],
		[['#country', 'Cambodia'], false],
		[['# not a tag', '#x'], false]
	])('isTagRow(%j) is %s', (row, expected) => {
		expect(isTagRow(row)).toBe(expected);
	});
});
