/**
 * The text alternative of a revision chart, written from its table: which editions are drawn,
 * how many reference periods were revised and the largest revision, so a screen-reader user gets
 * what the chart shows and never hears a revision as a trend.
 */
import { formatValue } from './format';
import type { RevisionRow } from './revisions';
import type { Unit } from './schema';

export interface RevisionTextInput {
	/** What the figures are of, e.g. "HIV prevalence among adults aged 15–49 in Cambodia". */
	subject: string;
	/** Who publishes the estimate, e.g. "World Bank". */
	publisher: string;
	editions: readonly string[];
	rows: readonly RevisionRow[];
	unit: Unit;
}

function list(items: readonly string[]): string {
	return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');
}

/** Largest revision relative to the value first published (so counts and rates compare fairly). */
function largest(rows: readonly RevisionRow[]): RevisionRow | undefined {
	const size = (r: RevisionRow) => Math.abs(r.revision!.change) / Math.max(Math.abs(r.revision!.previous), 1e-9);
	return rows.filter((r) => r.revision && r.revision.change !== 0).sort((a, b) => size(b) - size(a))[0];
}

export function revisionText({ subject, publisher, editions, rows, unit }: RevisionTextInput): string {
	const intro =
		`${subject} as published in ${editions.length} editions of ${publisher}'s estimates (${list(editions)}). ` +
		'Each line is one edition; a gap between lines in a year is a revision of that year, not a change over time.';
	const compared = rows.filter((r) => r.revision);
	const revised = compared.filter((r) => r.revision!.change !== 0);
	let finding: string;
	if (compared.length === 0) finding = 'No period was published in more than one edition.';
	else if (revised.length === 0)
		finding =
			compared.length === 1
				? 'The one period published in more than one edition was not revised.'
				: `None of the ${compared.length} periods published in more than one edition was revised.`;
	else {
		const top = largest(revised)!;
		const r = top.revision!;
		finding =
			`${revised.length} of the ${compared.length} periods published in more than one edition were revised; the largest revision is ` +
			`${top.period}: ${formatValue(r.previous, unit)} in the ${r.from} edition, ${formatValue(r.latest, unit)} in the ${r.to} edition.`;
	}
	return `${intro} ${finding} The table lists every edition's value for each period.`;
}
