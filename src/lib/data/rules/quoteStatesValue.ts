/**
 * A figure's quote is the source's own words for it, so it must contain the value (in the
 * source's formatting: see quoteStates). A figure the source does not print as such says how it
 * was derived in `derivation`; its quote then holds the printed numbers it came from.
 */
import { quoteStates } from '../quoteStates';
import { issueAt, num, str, type Rule } from './rule';

export const quoteStatesValue: Rule = ({ observations }) =>
	observations.rows.flatMap((row) => {
		const quote = str(row, 'quote');
		const value = num(row, 'value');
		if (quote === null || value === null || str(row, 'derivation') !== null || quoteStates(quote, value)) return [];
		return [
			issueAt(observations, row, 'quote', 'quote', `quote: does not state the value ${value} (quote the source's words that give it, or say in derivation how it was derived)`)
		];
	});
