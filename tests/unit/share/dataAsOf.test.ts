import { describe, expect, it } from 'vitest';
import { dataAsOf } from '$lib/share/dataAsOf';

describe('dataAsOf', () => {
	it('is the latest access date among the sources', () => {
		expect(dataAsOf([{ accessed: '2026-11-20' }, { accessed: '2026-11-28' }, { accessed: '2025-01-01' }])).toBe('2026-11-28');
	});
	it('ignores sources without a date and is null when none has one', () => {
		expect(dataAsOf([{ accessed: '' }])).toBeNull();
	});
});
