/**
 * Numbers that cannot be true fail the build: a negative count or amount, 12.5 people, a value or
 * bound outside the indicator's plausible range (`min`/`max` in indicators.csv). Percent's own
 * 0–100 is `percentRange`. The importer applies the same function to imported figures of known
 * indicators.
 */
import type { Issue } from '../issue';
import type { Indicator } from '../schema';
import { issueAt, num, str, type CheckedRow, type CheckedTable, type Rule } from './rule';

export type ValueLimits = Pick<Indicator, 'unit' | 'integer' | 'min' | 'max'>;

const BOUNDS = ['value', 'lower', 'upper'] as const;

/** Why `value` is implausible for an indicator with these limits, or null. */
export function implausibility(value: number, limits: ValueLimits): string | null {
	if ((limits.unit === 'count' || limits.unit === 'usd') && value < 0) return `is negative (a ${limits.unit === 'usd' ? 'sum of money' : 'count'} cannot be)`;
	if (limits.integer && !Number.isInteger(value)) return 'is not a whole number (the indicator counts people or things)';
	if (limits.min !== null && value < limits.min) return `is below the plausible minimum ${limits.min}`;
	if (limits.max !== null && value > limits.max) return `is above the plausible maximum ${limits.max}`;
	return null;
}

export function limitsOf(indicators: CheckedTable): Map<string, ValueLimits> {
	const limits = new Map<string, ValueLimits>();
	for (const row of indicators.rows) {
		const id = str(row, 'indicator_id');
		const unit = str(row, 'unit');
		if (id === null || unit === null) continue;
		limits.set(id, { unit: unit as ValueLimits['unit'], integer: row.values.integer === true, min: num(row, 'min'), max: num(row, 'max') });
	}
	return limits;
}

export function checkValues(table: CheckedTable, row: CheckedRow, limits: ValueLimits | undefined): Issue[] {
	if (!limits) return [];
	return BOUNDS.flatMap((field) => {
		const v = num(row, field);
		const why = v === null ? null : implausibility(v, limits);
		return why ? [issueAt(table, row, field, 'plausible-value', `${field}: ${v} ${why}`)] : [];
	});
}

export const plausibleValue: Rule = ({ observations, indicators }) => {
	const limits = limitsOf(indicators);
	return observations.rows.flatMap((row) => checkValues(observations, row, limits.get(str(row, 'indicator_id') ?? '')));
};
