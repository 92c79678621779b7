import { describe, expect, it } from 'vitest';
import { tablePage, TABLE_PAGE } from '$lib/explore/tablePage';

describe('tablePage(rows, showAll)', () => {
	const rows = Array.from({ length: 1234 }, (_, i) => i);

	it('renders the first page of a long view and counts the rest', () => {
		const page = tablePage(rows, false, 500);
		expect(page.shown).toEqual(rows.slice(0, 500));
		expect(page.hidden).toBe(734);
	});

	it('renders every row once asked, or when they fit in a page', () => {
		expect(tablePage(rows, true, 500)).toEqual({ shown: rows, hidden: 0 });
		expect(tablePage(rows.slice(0, 500), false, 500)).toEqual({ shown: rows.slice(0, 500), hidden: 0 });
		expect(tablePage(rows.slice(0, TABLE_PAGE + 1), false).hidden).toBe(1);
	});
});
