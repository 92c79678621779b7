/**
 * A warning, not an error: a percent figure of 1 or less in a series whose other figures are
 * above 1 was probably typed as a proportion (0.5 for 50%) — when, read as a proportion, it would
 * sit among them (50 beside 45 and 52). Adult HIV prevalence really does fall from 1.1% to 0.6%:
 * 60 would be far outside its series, so it is not flagged. Same series = same indicator, place,
 * group, sex and source.
 */
import { issueAt, num, str, type CheckedRow, type Rule } from './rule';

export const percentScale: Rule = ({ observations }) => {
	const series = new Map<string, CheckedRow[]>();
	for (const row of observations.rows) {
		if (str(row, 'unit') !== 'percent' || num(row, 'value') === null) continue;
		const key = ['indicator_id', 'geo_id', 'population_group', 'sex', 'source_id'].map((f) => row.values[f]).join('|');
		series.set(key, [...(series.get(key) ?? []), row]);
	}
	return [...series.values()].flatMap((rows) => {
		const above = rows.filter((r) => num(r, 'value')! > 1);
		if (above.length === 0) return [];
		const values = above.map((r) => num(r, 'value')!);
		const [low, high] = [Math.min(...values) / 2, Math.max(...values) * 2];
		const asProportion = (r: CheckedRow) => num(r, 'value')! * 100;
		return rows
			.filter((r) => num(r, 'value')! <= 1 && num(r, 'value')! > 0 && asProportion(r) >= low && asProportion(r) <= high)
			.map((r) =>
				issueAt(observations, r, 'value', 'percent-scale', `value: ${num(r, 'value')}% beside ${num(above[0], 'value')}% on line ${above[0].line} in the same series: a proportion typed for a percent?`, 'warning')
			);
	});
};
