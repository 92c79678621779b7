/**
 * Does a quote state a figure? The numbers a source prints ("1,300", "58 000", "1.2 million",
 * "US$1.4 bn", "80 per cent", Khmer digits "១,៣០០") are read out of the quote and compared with
 * the value as a number, so the check follows the source's formatting, not ours.
 */

const KHMER_ZERO = 0x17e0;
const SCALE: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bn: 1e9, b: 1e9 };

// Thousands grouped by comma, space, no-break or thin space (3 digits a group), or plain digits;
// then an optional decimal part and an optional scale word.
const NUMBER = /(?<![\d.])(\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d+)(\.\d+)?(?:\s?(thousand|million|billion|mn|bn|m|b|k)\b)?/giu;

function westernDigits(text: string): string {
	return text.replace(/[\u17e0-\u17e9]/gu, (d) => String(d.charCodeAt(0) - KHMER_ZERO));
}

/** Every number printed in `text`, with scale words applied ("1.2 million" → 1200000, also 1.2). */
export function numbersIn(text: string): number[] {
	const found: number[] = [];
	for (const m of westernDigits(text).matchAll(NUMBER)) {
		const n = Number(m[1].replace(/[,\u00a0\u202f ]/gu, '') + (m[2] ?? ''));
		found.push(n);
		if (m[3]) found.push(n * SCALE[m[3].toLowerCase()]);
	}
	return found;
}

function same(a: number, b: number): boolean {
	return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

export function quoteStates(quote: string, value: number): boolean {
	return numbersIn(quote).some((n) => same(n, value));
}
