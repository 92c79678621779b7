/**
 * Picks the field delimiter from the top of a file: for each candidate, parse the sample and see
 * how consistently the rows split into the same number of fields (more than one). Preamble lines
 * are a minority, so they do not sway the vote. On a tie the candidate giving more fields wins,
 * which keeps `;` files with decimal commas (`KHM;2019;0,5`) from being read as comma files.
 */
import Papa from 'papaparse';

export const DELIMITERS = [',', ';', '\t', '|'] as const;

export interface DelimiterGuess {
	delimiter: string;
	/** Fields per row in most rows. */
	fields: number;
	/** Share of non-blank sample rows with that many fields. */
	consistency: number;
}

function modal(counts: number[]): { value: number; share: number } {
	const freq = new Map<number, number>();
	for (const c of counts) freq.set(c, (freq.get(c) ?? 0) + 1);
	let value = 0;
	let best = 0;
	for (const [v, n] of freq) if (n > best || (n === best && v > value)) [value, best] = [v, n];
	return { value, share: counts.length ? best / counts.length : 0 };
}

export function detectDelimiter(sample: string, maxRows = 60): DelimiterGuess {
	let best: DelimiterGuess = { delimiter: ',', fields: 1, consistency: 0 };
	for (const delimiter of DELIMITERS) {
		const { data } = Papa.parse<string[]>(sample, { delimiter, preview: maxRows, skipEmptyLines: 'greedy' });
		const { value, share } = modal(data.map((r) => r.length));
		if (value < 2) continue;
		if (share > best.consistency + 1e-9 || (Math.abs(share - best.consistency) < 1e-9 && value > best.fields)) {
			best = { delimiter, fields: value, consistency: share };
		}
	}
	return best;
}
