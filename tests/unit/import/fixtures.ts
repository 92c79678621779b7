/** Test helpers: the import fixtures as Blobs (what a File is), and the observatory's places. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import type { PlaceRef } from '$lib/import/matchPlace';
import { readImport, type ReadOptions, type ReadResult } from '$lib/import/readImport';

export const FIXTURES = resolve('tests/fixtures/import');

export function fixtureBlob(name: string): Blob {
	return new Blob([readFileSync(resolve(FIXTURES, name))]);
}

export const PLACES: PlaceRef[] = Papa.parse<Record<string, string>>(readFileSync(resolve('data/geo.csv'), 'utf8'), {
	header: true,
	skipEmptyLines: true
}).data.map((r) => ({ geo_id: r.geo_id, name: r.name }));

/** Fixed "current year" so the future-year check does not depend on when tests run. */
export const CURRENT_YEAR = 2026;

export function read(name: string | Blob, opts: Partial<ReadOptions> = {}): Promise<ReadResult> {
	const blob = typeof name === 'string' ? fixtureBlob(name) : name;
	return readImport(blob, { places: PLACES, currentYear: CURRENT_YEAR, ...opts });
}

export function textBlob(text: string): Blob {
	return new Blob([text]);
}

/** The result when it was read; fails the test with the reason otherwise. */
export function readOk(result: ReadResult) {
	if (result.status !== 'read') throw new Error(`expected a read file, got ${result.status}: ${JSON.stringify(result)}`);
	return result;
}

/** Value of one figure in a read result, by indicator, place and year (and sex, default total). */
export function valueOf(result: ReadResult, indicator: string, geo: string, year: number, sex = 'total'): number | undefined {
	const { builder: b } = readOk(result).data;
	for (let i = 0; i < b.size; i++) {
		if (b.get('indicator_id', i) === indicator && b.get('geo_id', i) === geo && b.get('year', i) === year && b.get('sex', i) === sex) return b.get('value', i);
	}
	return undefined;
}
