/** readImport on bad input: each problem gets a message naming it and, where there is one, the line. */
import { describe, expect, it } from 'vitest';
import { read, readOk, textBlob } from './fixtures';

async function failure(name: string | Blob, opts = {}) {
	const r = await read(name, opts);
	if (r.status !== 'failed') throw new Error(`expected failure, got ${r.status}`);
	return r.issue;
}

describe('readImport: files that cannot be imported at all', () => {
	it('an empty file', async () => {
		expect((await failure('empty.csv')).message).toBe('The file is empty (0 bytes).');
	});

	it('a file of blank lines', async () => {
		expect((await failure('blank-lines.csv')).message).toMatch(/only blank lines/);
	});

	it('a file over the size limit, before reading any of it', async () => {
		const issue = await failure('tidy-own.csv', { maxBytes: 100 });
		expect(issue.message).toMatch(/^The file is 520 bytes, over the 100 bytes limit/);
	});

	it('an image renamed to .csv', async () => {
		expect(await failure('image-renamed.csv')).toMatchObject({ line: 1, message: expect.stringMatching(/PNG image/) });
	});

	it('an Excel workbook renamed to .csv', async () => {
		expect((await failure('workbook-renamed.csv')).message).toMatch(/Excel workbook \(\.xlsx\); save the sheet as CSV first/);
	});

	it('random binary bytes, naming the first NUL byte', async () => {
		expect((await failure('random-binary.dat')).message).toMatch(/binary, not text/);
	});

	it('a file mixing UTF-8 and Latin-1, naming the line of the first bad byte', async () => {
		expect(await failure('mixed-encoding.csv')).toMatchObject({ line: 5, message: expect.stringMatching(/^Line 5: .*mixes encodings/) });
	});

	it('a single column', async () => {
		expect(await failure('single-column.txt')).toMatchObject({ line: 1, message: expect.stringMatching(/Only one column/) });
	});

	it('a header without data rows', async () => {
		expect(await failure('header-only.csv')).toMatchObject({ line: 1, message: expect.stringMatching(/header \(line 1\) but no data rows/) });
	});

	it('invalid UTF-8 beyond the first 64 KB is found while streaming, with its line', async () => {
		const head = 'indicator_id,geo_id,year,value\n' + 'x,KHM,2020,1\n'.repeat(6000); // ~78 KB, all valid
		const bytes = new Uint8Array([...new TextEncoder().encode(head), ...new TextEncoder().encode('x,Cambodge \u00e9,2021,'), 0xe9, 0x0a]);
		// "é" as UTF-8 earlier on the same line is fine; the lone 0xE9 byte is not.
		const issue = await failure(new Blob([bytes]));
		expect(issue).toMatchObject({ line: 6002, message: expect.stringMatching(/^Line 6002: bytes that are not valid UTF-8/) });
	});

	it('a file cut inside a multi-byte character', async () => {
		const bytes = new TextEncoder().encode('indicator_id,geo_id,year,value\nx,KHM,2020,1\nក');
		expect(await failure(new Blob([bytes.slice(0, -1)]))).toMatchObject({ line: 3, message: expect.stringMatching(/^Line 3: the file ends in the middle of a character/) });
	});
});

describe('readImport: files with some bad rows', () => {
	it('lists ragged rows by line and keeps the good ones', async () => {
		const r = readOk(await read('ragged-rows.csv'));
		expect(r.data.issues.map((i) => [i.line, i.message])).toEqual([
			[4, 'Line 4: 6 fields where the header has 11 (ragged row); row skipped.'],
			[5, 'Line 5: 13 fields where the header has 11 (ragged row); row skipped.']
		]);
		expect(r.data.builder.size).toBe(5);
		expect(r.data.skipped).toBe(2);
	});

	it('a truncated last row is named as truncated, not as a footer', async () => {
		const r = readOk(await read('truncated-row.csv'));
		expect(r.data.issues).toHaveLength(1);
		expect(r.data.issues[0]).toMatchObject({ line: 5, message: expect.stringMatching(/^Line 5: the file ends in the middle of this row \(5 of 11 fields\)/) });
		expect(r.data.builder.size).toBe(3);
	});

	it('a quoted field that never closes is named at the line where it opens', async () => {
		const r = readOk(await read('truncated-quote.csv'));
		expect(r.data.issues).toEqual([expect.objectContaining({ line: 4, message: expect.stringMatching(/^Line 4: a quoted field opens here and is never closed/) })]);
		expect(r.data.builder.size).toBe(2);
	});

	it('checks values with the build rules and lists each bad row with line and column', async () => {
		const r = readOk(await read('some-bad-rows.csv'));
		const issues = r.data.issues.map((i) => `${i.line}:${i.column}: ${i.message}`);
		expect(issues).toEqual([
			'3:value: value: 130 is outside 0–100 (unit percent)',
			'4:lower: lower: 88 is above value 85',
			'5:year: year: 2099 is in the future (after 2026)',
			'6:value: value: "1,300" is not a number (write it without thousands separators)',
			'7:sex: sex: "women" is not one of: total, female, male',
			'9:null: duplicate key (indicator_id, geo_id, year, population_group, sex, source) = ("art_coverage", "KHM", 2022, "all", "total", "my_survey_2024"): also on line 8'
		]);
		expect(r.data.builder.size).toBe(2);
		expect(r.data.skipped).toBe(6);
	});

	it('keeps only the first issues in full but counts them all', async () => {
		const text = 'indicator_id,geo_id,year,value,unit\n' + 'x,KHM,2020,abc,count\n'.repeat(30);
		const r = readOk(await read(textBlob(text), { maxIssues: 10 }));
		expect(r.data.issues).toHaveLength(10);
		expect(r.data.issueCount).toBe(30);
	});
});
