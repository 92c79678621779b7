import { describe, expect, it } from 'vitest';
import { filterQuery, matches, NO_FILTER, parseFilter } from '../../../src/routes/timeline/filterQuery';

const kinds = ['law_policy', 'border'];
const places = ['KHM', 'KH-1', 'KH-1:poipet'];

describe('parseFilter(params, kinds, places) / filterQuery(filter)', () => {
	it.each([
		['', NO_FILTER],
		['?kind=border', { kind: 'border', place: '' }],
		['?place=KH-1%3Apoipet', { kind: '', place: 'KH-1:poipet' }],
		['?kind=border&place=KHM', { kind: 'border', place: 'KHM' }]
	])('reads %s and writes it back the same', (query, filter) => {
		expect(parseFilter(new URLSearchParams(query), kinds, places)).toEqual(filter);
		expect(filterQuery(filter)).toBe(query);
	});

	it('drops a kind or place the page does not offer, keeping the rest', () => {
		expect(parseFilter(new URLSearchParams('?kind=rumour&place=KH-1'), kinds, places)).toEqual({ kind: '', place: 'KH-1' });
		expect(parseFilter(new URLSearchParams('?kind=border&place=<script>'), kinds, places)).toEqual({ kind: 'border', place: '' });
	});
});

describe('matches(filter, event)', () => {
	const poipetBorder = { kind: 'border', within: ['KH-1:poipet', 'KH-1', 'KHM'] };
	it.each([
		[NO_FILTER, true],
		[{ kind: 'border', place: '' }, true],
		[{ kind: 'law_policy', place: '' }, false],
		[{ kind: '', place: 'KH-1' }, true],
		[{ kind: 'border', place: 'THA' }, false]
	])('%o → %s', (filter, expected) => expect(matches(filter, poipetBorder)).toBe(expected));
});
