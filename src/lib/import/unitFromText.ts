/**
 * Guesses the schema unit from an indicator's title as publishers write it
 * ("Prevalence of HIV, total (% of population ages 15-49)", "per 100,000 people", "current US$").
 * Returns '' when the title does not say: an unknown unit is left empty, never invented.
 */
export function unitFromText(text: string): string {
	const t = text.toLowerCase();
	if (/\(%|%\)|\bpercent|\bper cent|\bshare of\b/.test(t)) return 'percent';
	if (/per 100[, ]?000\b/.test(t)) return 'rate_per_100000';
	if (/per 1[, ]?000\b/.test(t)) return 'rate_per_1000';
	if (/\bus\$|\busd\b/.test(t)) return 'usd';
	if (/\(number\b|\bnumber of\b|\(count\)/.test(t)) return 'count';
	return '';
}
