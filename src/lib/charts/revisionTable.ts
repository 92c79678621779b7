/**
 * The table alternative of a revision chart: one row per reference period, the value each
 * edition published for it, and the revision from the first edition that published the period to
 * the last.
 */
import { formatChange, formatValue } from '$lib/data/format';
import type { RevisionRow } from '$lib/data/revisions';
import type { Unit } from '$lib/data/schema';
import type { Cell, Column } from '$lib/components/DataTable.svelte';
import { periodLabel } from '$lib/data/periodLabel';

export interface RevisionTable {
	columns: Column[];
	rows: Record<string, Cell>[];
}

/** The chart's source line links the sources; cells stay plain so the numbers read as a column. */
export function revisionTable(rows: readonly RevisionRow[], editions: readonly string[], unit: Unit): RevisionTable {
	const columns: Column[] = [
		{ key: 'period', label: 'Reference period' },
		...editions.map((e, i) => ({ key: `edition_${i}`, label: `${e} edition`, numeric: true })),
		{ key: 'revision', label: `Revision, ${editions[0]} → ${editions.at(-1)}`, numeric: true }
	];
	return {
		columns,
		rows: rows.map((r) => {
			const o = r.first;
			const row: Record<string, Cell> = { period: periodLabel({ text: o.period, kind: o.period_kind, start: o.period_start, end: o.period_end }) };
			r.cells.forEach((figures, i) => {
				// Two figures in one edition (read from two publications of it) are both shown.
				row[`edition_${i}`] = figures.length ? figures.map((o) => formatValue(o.value, unit)).join(' / ') : null;
			});
			if (r.revision) {
				// Editions compared are named only when they are not the first and the latest.
				const whole = r.revision.from === editions[0] && r.revision.to === editions.at(-1);
				row.revision = `${formatChange(r.revision.previous, r.revision.latest, unit)}${whole ? '' : ` (${r.revision.from} → ${r.revision.to})`}`;
			} else row.revision = null;
			return row;
		})
	};
}
