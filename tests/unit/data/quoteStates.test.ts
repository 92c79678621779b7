import { describe, expect, it } from 'vitest';
import { numbersIn, quoteStates } from '$lib/data/quoteStates';

describe('quoteStates(quote, value)', () => {
	it.each([
		['decreased from 1,300 in 2022 to 1,200 in 2023', 1300],
		['more than 58 000 people', 58000],
		['about 1.2 million Cambodians', 1_200_000],
		['US$1.4 bn in 2018', 1_400_000_000],
		['80 per cent of all people living with HIV', 80],
		['0.5%', 0.5],
		['Table 3, row "Total", column "2019": 0.60', 0.6],
		['ចំនួន ១,៣០០ នាក់', 1300]
	])('finds the value in %j', (quote, value) => {
		expect(quoteStates(quote, value)).toBe(true);
	});

	it.each([
		['in 2023 the number fell', 1300],
		['four people a day', 4],
		['13,000 people', 1300]
	])('does not find it in %j', (quote, value) => {
		expect(quoteStates(quote, value)).toBe(false);
	});

	it('numbersIn reads every number a quote prints, with scale words applied', () => {
		expect(numbersIn('1.2 million, 300 and 45,000')).toEqual([1.2, 1_200_000, 300, 45_000]);
	});
});
