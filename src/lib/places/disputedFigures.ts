/**
 * Figures that several sources published for the same thing (indicator, place, year, group, sex)
 * with different values. Both are kept in the data; this finds them so pages can show them side
 * by side with their sources instead of silently picking one.
 */
import type { Observation } from '$lib/data/schema';

export interface Dispute {
	key: string;
	indicator_id: string;
	geo_id: string;
	year: number;
	/** Largest first. */
	figures: Observation[];
	/** largest / smallest value: 1.05 is rounding, 3.75 is a real disagreement. */
	ratio: number;
	/** True when the values differ by more than rounding (over 5 %). */
	substantial: boolean;
}

const disputeKey = (o: Observation) =>
	[o.indicator_id, o.geo_id, o.year, o.population_group, o.sex].join('|');

export function findDisputes(rows: readonly Observation[]): Dispute[] {
	const groups = new Map<string, Observation[]>();
	for (const o of rows) groups.set(disputeKey(o), [...(groups.get(disputeKey(o)) ?? []), o]);
	const disputes: Dispute[] = [];
	for (const [key, figures] of groups) {
		const values = new Set(figures.map((o) => o.value));
		if (values.size < 2) continue;
		const sorted = [...figures].sort((a, b) => b.value - a.value || a.source_id.localeCompare(b.source_id));
		const min = sorted.at(-1)!.value;
		const ratio = min > 0 ? sorted[0].value / min : Infinity;
		disputes.push({
			key,
			indicator_id: sorted[0].indicator_id,
			geo_id: sorted[0].geo_id,
			year: sorted[0].year,
			figures: sorted,
			ratio,
			substantial: ratio > 1.05
		});
	}
	// The widest disagreements first: they are the ones a reader must not miss.
	return disputes.sort((a, b) => b.ratio - a.ratio || a.year - b.year || a.key.localeCompare(b.key));
}
