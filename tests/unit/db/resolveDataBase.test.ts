import { describe, expect, it } from 'vitest';
import { resolveDataBase } from '$lib/db/resolveDataBase';
import { databaseVersion } from '$lib/db/databaseVersion';

describe('resolveDataBase(pageUrl, override, basePath)', () => {
	it.each([
		['https://site.example/sql/?q=1', '', '', 'https://site.example/data/'],
		['https://user.github.io/obs/sql/', '', '/obs', 'https://user.github.io/obs/data/'],
		['https://site.example/sql/', 'https://cdn.example/obs/v3', '', 'https://cdn.example/obs/v3/'],
		['https://site.example/sql/', ' https://cdn.example/obs/ ', '', 'https://cdn.example/obs/'],
		['https://site.example/a/b/', '/assets/data', '', 'https://site.example/assets/data/']
	])('%s with override %j and base %j → %s', (page, override, base, expected) => {
		expect(resolveDataBase(page, override, base)).toBe(expected);
	});
});

describe('databaseVersion(manifest)', () => {
	const sha = 'A1E8950BFB31EC577C517DA19675544DC76C8D286DABD08CA933CB23D388A352';
	it('takes the first 16 hex digits of the database file hash', () => {
		const manifest = { files: [{ path: 'observations.csv', sha256: '0'.repeat(64) }, { path: 'observatory.duckdb', bytes: 1, sha256: sha }] };
		expect(databaseVersion(manifest)).toBe('a1e8950bfb31ec57');
	});

	it.each([[null], [{}], [{ files: 'x' }], [{ files: [{ path: 'observatory.duckdb', sha256: 'not-a-hash' }] }]])('is null for %j', (m) => {
		expect(databaseVersion(m)).toBeNull();
	});
});
