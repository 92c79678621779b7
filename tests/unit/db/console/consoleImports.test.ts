import { describe, expect, it } from 'vitest';
import { mentionsImport } from '$lib/db/console/consoleImports';

describe('mentionsImport(sql, names)', () => {
	const names = ['import_wdi_hiv', 'import_my_survey'];

	it('is true when the query names a kept import, in any case', () => {
		expect(mentionsImport('SELECT * FROM import_wdi_hiv', names)).toBe(true);
		expect(mentionsImport('select count(*) from IMPORT_MY_SURVEY where x', names)).toBe(true);
	});

	it('is false for queries on the published tables only (they run without waiting for imports)', () => {
		expect(mentionsImport('SELECT * FROM observations', names)).toBe(false);
		expect(mentionsImport('SELECT * FROM import_other', names)).toBe(false);
		expect(mentionsImport('SELECT 1', [])).toBe(false);
	});
});
