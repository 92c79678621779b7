import { describe, expect, it } from 'vitest';
import { comparable, coverWords, notComparedReason, spanWords } from '$lib/data/comparePeriods';
import { parsePeriod, type Period } from '$lib/data/period';

const p = (text: string): Period => {
	const r = parsePeriod(text);
	if (!r.ok) throw new Error(r.message);
	return r.period;
};

describe('comparable(a, b, measure)', () => {
	it.each([
		['2024', '2025', 'flow', true],
		['2024-S1', '2025-S1', 'flow', true],
		['2024', '2025-S1', 'flow', false],
		['2025-07-24/2025-08-06', '2025-08-07/2025-08-20', 'flow', true],
		['2025-07-24/2025-08-06', '2025-07-24/2025-08-13', 'flow', false],
		['2023', '2024', 'stock', true],
		['2023', '2024-06', 'stock', false],
		['2019-06-30', '2024-12-31', 'stock', true]
	] as const)('compares %s with %s as a %s: %s', (a, b, measure, expected) => {
		expect(comparable(p(a), p(b), measure)).toBe(expected);
	});

	it('compares two stock intervals of different lengths (levels, not totals) but never two such flows', () => {
		expect(comparable(p('2018-01/2018-09'), p('2019-01/2019-06'), 'stock')).toBe(true);
		expect(comparable(p('2018-01/2018-09'), p('2019-01/2019-06'), 'flow')).toBe(false);
	});
});

describe('the words of a refusal', () => {
	it('says how long a period is, as precisely as it was written', () => {
		expect(spanWords(p('2025-S1'))).toBe('half a year');
		expect(spanWords(p('2025-07-24/2025-08-06'))).toBe('14 days');
		expect(spanWords(p('2020-03/2020-10'))).toBe('8 months');
		expect(spanWords(p('2014/2016'))).toBe('3 years');
		expect(spanWords(p('2025-07-24'))).toBe('a single day');
	});

	it('says what the previous figure covers: a whole year as "all of", anything else with its length', () => {
		expect(coverWords(p('2024'))).toBe('all of 2024');
		expect(coverWords(p('2024-Q2'))).toBe('April – June 2024 (a quarter of a year)');
	});

	it('notComparedReason(latest, previous) names both periods in words', () => {
		expect(notComparedReason(p('2025-S1'), p('2024'))).toBe('not compared: January – June 2025 is half a year; the previous figure covers all of 2024');
		expect(notComparedReason(p('2015'), p('2015-01/2015-10'))).toBe(
			'not compared: 2015 is a whole year; the previous figure covers January – October 2015 (10 months)'
		);
	});
});
