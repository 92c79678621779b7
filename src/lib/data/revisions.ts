/**
 * How the published value of each reference period moved across the editions of one estimate:
 * one row per period, one cell per edition (what that edition published for the period, if
 * anything), and the revision from the first edition that published the period to the last.
 */
import type { EditionFamily } from './editions';
import type { Observation } from './schema';

export interface RevisionRow {
	/** The reference period as written (`1998`). */
	period: string;
	/** A figure of this period, for its derived columns and labels. */
	first: Observation;
	/** One cell per edition of the family, oldest first: the figures it published for this period. */
	cells: Observation[][];
	/**
	 * Last minus first published value, from the earliest to the latest edition that published
	 * this period; null when fewer than two editions did, or one of them gave two values.
	 */
	revision: { from: string; to: string; previous: number; latest: number; change: number } | null;
}

export function revisionRows(family: EditionFamily): RevisionRow[] {
	// A source is one edition, so its id says which column a figure goes in.
	const column = new Map(family.editions.flatMap((e, i) => e.source_ids.map((id) => [id, i] as const)));
	const byPeriod = new Map<string, RevisionRow>();
	for (const o of family.observations) {
		const i = column.get(o.source_id);
		if (i === undefined) continue;
		let row = byPeriod.get(o.period);
		if (!row) {
			row = { period: o.period, first: o, cells: family.editions.map(() => []), revision: null };
			byPeriod.set(o.period, row);
		}
		row.cells[i].push(o);
	}
	const rows = [...byPeriod.values()].sort(
		(a, b) => a.first.period_start.localeCompare(b.first.period_start) || a.first.period_end.localeCompare(b.first.period_end)
	);
	for (const row of rows) {
		const published = row.cells.map((c, i) => ({ c, i })).filter(({ c }) => c.length > 0);
		const a = published[0];
		const b = published.at(-1);
		if (published.length < 2 || !a || !b || a.c.length !== 1 || b.c.length !== 1) continue;
		const previous = a.c[0].value;
		const latest = b.c[0].value;
		row.revision = {
			from: family.editions[a.i].edition,
			to: family.editions[b.i].edition,
			previous,
			latest,
			change: latest - previous
		};
	}
	return rows;
}
