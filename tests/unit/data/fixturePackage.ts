/**
 * Test helper: a fixture package is tests/fixtures/data/valid/ with some tables replaced by the
 * files in tests/fixtures/data/<name>/. Issues come back in the shape the tests assert on.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Issue } from '$lib/data/issue';
import { TABLE_NAMES } from '$lib/data/schema';
import { validatePackage, type PackageFiles, type PackageResult } from '$lib/data/validatePackage';

export const FIXTURES = 'tests/fixtures/data';

export function fixtureFiles(name: string): PackageFiles {
	const files = {} as PackageFiles;
	for (const table of TABLE_NAMES) {
		const own = `${FIXTURES}/${name}/${table}.csv`;
		const file = existsSync(own) ? own : `${FIXTURES}/valid/${table}.csv`;
		files[table] = { file, text: readFileSync(file, 'utf8') };
	}
	return files;
}

/** Fixtures are checked as of 1 December 2026, so "in the future" does not drift with the calendar. */
export function validateFixture(name: string): PackageResult {
	return validatePackage(fixtureFiles(name), { today: '2026-12-01' });
}

export type Located = Pick<Issue, 'file' | 'line' | 'column' | 'message'>;

export function located(issues: Issue[], level: Issue['level'] = 'error'): Located[] {
	return issues.filter((i) => i.level === level).map(({ file, line, column, message }) => ({ file, line, column, message }));
}
