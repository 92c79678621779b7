import { describe, expect, it } from 'vitest';
import { columnLetter, duplicateColumns } from '$lib/import/duplicateColumns';
import { read, textBlob } from './fixtures';

describe('columnLetter(index)', () => {
	it.each([
		[0, 'A'],
		[2, 'C'],
		[25, 'Z'],
		[26, 'AA'],
		[51, 'AZ'],
		[52, 'BA'],
		[701, 'ZZ'],
		[702, 'AAA']
	])('%i → %s', (i, letters) => expect(columnLetter(i)).toBe(letters));
});

describe('duplicateColumns(header, tags)', () => {
	it('names repeated columns by their letters, matching names as the layouts do', () => {
		expect(duplicateColumns(['geo_id', 'year', 'value', 'note', ' Value '])).toMatch(/^Columns C and E are both named "value"\. Each column needs its own name/);
		expect(duplicateColumns(['a', 'b', 'a', 'a'])).toMatch(/^Columns A, C and D are all named "a"\./);
		expect(duplicateColumns(['geo id', 'geo_id', 'x', 'y', 'X'])).toBe(
			'Columns A and B are both named "geo id"; columns C and E are both named "x". Each column needs its own name (the data build refuses repeated names too): rename or remove the extra ones and pick the file again.'
		);
	});

	it('accepts unique names, empty names (trailing commas) and HXL columns told apart by their tags', () => {
		expect(duplicateColumns(['Country Name', '1990', '1991', '', ''])).toBeNull();
		expect(duplicateColumns(['Affected', 'Affected'], ['#affected+f', '#affected+m'])).toBeNull();
		expect(duplicateColumns(['Affected', 'Affected'], ['#affected', '#affected'])).toMatch(/^Columns A and B/);
	});
});

describe('readImport: a header with a repeated column', () => {
	it('is refused with the letters and the header line, importing nothing', async () => {
		const text = 'Observatory export\n\nindicator_id,geo_id,year,value,value\nhiv_prevalence,KHM,2019,0.5,0.7\nhiv_prevalence,KHM,2020,0.6,0.8\n';
		const r = await read(textBlob(text));
		expect(r.status).toBe('failed');
		if (r.status !== 'failed') return;
		expect(r.issue).toEqual({
			level: 'error',
			line: 3,
			column: null,
			message: expect.stringMatching(/^Columns D and E are both named "value"\./)
		});
	});
});
