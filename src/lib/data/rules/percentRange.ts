/** A figure in percent, and its interval bounds, lie within 0–100. */
import { issueAt, num, str, type Rule } from './rule';

export const percentRange: Rule = ({ observations }) =>
	observations.rows.flatMap((row) => {
		if (str(row, 'unit') !== 'percent') return [];
		return ['value', 'lower', 'upper'].flatMap((field) => {
			const v = num(row, field);
			if (v === null || (v >= 0 && v <= 100)) return [];
			return [issueAt(observations, row, field, 'percent-range', `${field}: ${v} is outside 0–100 (unit percent)`)];
		});
	});
