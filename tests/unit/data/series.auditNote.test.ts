import { describe, expect, it } from 'vitest';
import { splitAuditNote } from '$lib/data/auditNote';

describe('splitAuditNote', () => {
	it('separates the audit remark from the note', () => {
		expect(splitAuditNote('Takeo, 2008 census (audit: the reference is the provisional totals)')).toEqual({
			note: 'Takeo, 2008 census',
			audit: 'the reference is the provisional totals'
		});
	});
	it('recognises "corrected in audit" and keeps inner parentheses', () => {
		expect(splitAuditNote("Figure (x) (corrected in audit: WHO (2012) says 1,000)").audit).toBe('WHO (2012) says 1,000');
	});
	it('leaves notes without a remark alone', () => {
		expect(splitAuditNote('plain note')).toEqual({ note: 'plain note', audit: null });
		expect(splitAuditNote(null)).toEqual({ note: null, audit: null });
	});
});
