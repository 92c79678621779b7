import { describe, expect, it } from 'vitest';
import { cellText } from '$lib/import/readParquet';
import { read, readOk, valueOf } from './fixtures';

describe('readImport on Parquet (hyparquet)', () => {
	it('reads an OWID-shaped Parquet file over several row groups, like its CSV twin', async () => {
		const progress: number[] = [];
		const r = readOk(await read('owid-hiv-share.parquet', { onProgress: (f) => progress.push(f) }));
		expect(r.format.kind).toBe('parquet');
		expect(r.layout.id).toBe('owid');
		const csv = readOk(await read('owid-hiv-share.csv'));
		expect(r.data.builder.summary()).toEqual(csv.data.builder.summary());
		expect(valueOf(r, 'share_of_the_population_infected_with_hiv_ages_15_49', 'THA', 1995)).toBe(2.1);
		expect(progress.length).toBeGreaterThan(1);
		expect(progress.at(-1)).toBe(1);
	});

	it('refuses a truncated Parquet file with a message', async () => {
		const r = await read('truncated.parquet');
		expect(r.status).toBe('failed');
		if (r.status === 'failed') expect(r.issue.message).toMatch(/^This Parquet file cannot be read .*truncated/);
	});

	it.each([
		['null', null, ''],
		['a double', 1.5, '1.5'],
		['an INT64 (bigint)', BigInt(2020), '2020'],
		['a boolean', true, 'true'],
		['a DATE', new Date(Date.UTC(2020, 5, 30)), '2020-06-30'],
		['a struct with a bigint', { a: BigInt(1) }, '{"a":"1"}']
	])('cellText(%s) is the text a CSV would hold', (_, v, text) => {
		expect(cellText(v)).toBe(text);
	});
});
