import { describe, expect, it } from 'vitest';
import { formatChange, formatInterval, formatLargeNumber, formatTick, formatValue } from '$lib/data/format';

describe('formatValue', () => {
	it.each([
		[12.3, 'percent', '12.3%'],
		[26, 'percent', '26%'],
		[1.75, 'percent', '1.75%'],
		[1234, 'count', '1,234'],
		[12462336, 'count', '12,462,336'],
		[45.6, 'rate_per_100000', '45.6 per 100,000'],
		[54, 'rate_per_1000', '54 per 1,000'],
		[1_250_000_000, 'usd', 'US$1.25 billion'],
		[1_200_000_000, 'usd', 'US$1.2 billion'],
		[256_000_000, 'usd', 'US$256 million'],
		[12_345, 'usd', 'US$12,345'],
		[-3, 'count', '\u22123']
	] as const)('formatValue(%s, %s) is %s', (value, unit, expected) => {
		expect(formatValue(value, unit)).toBe(expected);
	});

	it('keeps the published precision and never adds digits', () => {
		expect(formatValue(0.6, 'percent')).toBe('0.6%');
		expect(formatValue(3.04, 'rate_per_1000')).toBe('3.04 per 1,000');
	});
});

describe('formatInterval', () => {
	it('returns null when a bound is missing', () => {
		expect(formatInterval(null, 5, 'percent')).toBeNull();
		expect(formatInterval(1, null, 'percent')).toBeNull();
	});
	it('writes the range once with the unit', () => {
		expect(formatInterval(1.75, 5.75, 'percent')).toBe('1.75–5.75%');
		expect(formatInterval(1200, 1500, 'count')).toBe('1,200–1,500');
		expect(formatInterval(30, 60, 'rate_per_100000')).toBe('30–60 per 100,000');
	});
});

describe('formatLargeNumber', () => {
	it('uses words for millions and billions', () => {
		expect(formatLargeNumber(15_552_221)).toBe('15.6 million');
		expect(formatLargeNumber(750_000)).toBe('750,000');
	});
});

describe('formatTick', () => {
	it('abbreviates large axis values', () => {
		expect(formatTick(200_000, 'count', 50_000)).toBe('200k');
		expect(formatTick(1_500_000_000, 'usd', 500_000_000)).toBe('$1.5B');
		expect(formatTick(0.5, 'percent', 0.5)).toBe('0.5%');
		expect(formatTick(2, 'percent', 0.5)).toBe('2.0%');
	});
});

describe('formatChange', () => {
	it('gives percentage points for percentages', () => {
		expect(formatChange(0.7, 0.6, 'percent')).toBe('\u22120.1 percentage points');
		expect(formatChange(71, 89, 'percent')).toBe('+18 percentage points');
	});
	it('gives difference and relative change for counts', () => {
		expect(formatChange(1500, 1200, 'count')).toBe('\u2212300 (\u221220%)');
	});
	it('says when nothing changed', () => {
		expect(formatChange(0.6, 0.6, 'percent')).toBe('no change');
	});
});
