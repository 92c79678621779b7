/**
 * A published uncertainty interval is complete and contains the value: both bounds or neither,
 * lower ≤ upper, lower ≤ value ≤ upper.
 */
import type { Issue } from '../issue';
import { issueAt, num, usable, type Rule } from './rule';

export const intervalOrder: Rule = ({ observations }) =>
	observations.rows.flatMap((row) => {
		const issues: Issue[] = [];
		const at = (field: string, message: string) => issues.push(issueAt(observations, row, field, 'interval', message));
		const [value, lower, upper] = [num(row, 'value'), num(row, 'lower'), num(row, 'upper')];
		// Only a truly empty bound counts as absent; an unreadable one was reported already.
		if (lower !== null && usable(row, 'upper') === null) at('upper', `upper: empty while lower is ${lower} (give both bounds or neither)`);
		if (upper !== null && usable(row, 'lower') === null) at('lower', `lower: empty while upper is ${upper} (give both bounds or neither)`);
		if (lower !== null && upper !== null && lower > upper) at('lower', `lower: ${lower} is above upper ${upper}`);
		if (value !== null && lower !== null && lower > value) at('lower', `lower: ${lower} is above value ${value}`);
		if (value !== null && upper !== null && upper < value) at('upper', `upper: ${upper} is below value ${value}`);
		return issues;
	});
