import { describe, expect, it } from 'vitest';
import { isoDate, longDate, toDate } from '$lib/share/longDate';

describe('longDate', () => {
	it('writes an ISO date the way APA writes a retrieval date', () => {
		expect(longDate('2026-11-28')).toBe('November 28, 2026');
		expect(longDate('2027-01-05T23:59:00Z')).toBe('January 5, 2027');
	});
	it('isoDate(date) keeps the UTC day', () => {
		expect(isoDate(new Date(Date.UTC(2026, 11, 1, 23, 30)))).toBe('2026-12-01');
	});
	it('toDate(text) rejects text that is not a date, naming it', () => {
		expect(() => toDate('28/11/2026')).toThrow('invalid date: 28/11/2026');
	});
});
