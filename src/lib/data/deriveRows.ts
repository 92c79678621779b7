/**
 * What the build adds to each validated row, so that nobody downstream re-parses a period: the
 * first and last day a period covers, its form and the year it ends (for filters, joins and year
 * ranges); a source's publication year. Runs only on rows that passed every check.
 */
import { parsePeriod } from './period';
import type { Observation, ObservatoryEvent, Source, TableName } from './schema';
import type { Field } from './tableSchema';
import type { Value } from './validateTable';

type Values = Record<string, Value>;

const PERIOD_FIELDS: Field[] = [
	{ name: 'period_start', type: 'date', title: 'Period start', constraints: { required: true } },
	{ name: 'period_end', type: 'date', title: 'Period end (inclusive)', constraints: { required: true } },
	{ name: 'period_kind', type: 'string', title: 'Period form', constraints: { required: true } },
	{ name: 'year', type: 'integer', title: 'Year the period ends', constraints: { required: true } }
];

/** Columns the build derives, appended after a table's own columns in the database and downloads. */
export const DERIVED_FIELDS: Partial<Record<TableName, Field[]>> = {
	observations: PERIOD_FIELDS,
	events: PERIOD_FIELDS,
	sources: [{ name: 'year', type: 'integer', title: 'Publication year' }]
};

function periodColumns(text: string) {
	const parsed = parsePeriod(text);
	if (!parsed.ok) throw new Error(`period ${JSON.stringify(text)} passed validation but does not parse: ${parsed.message}`);
	const { start, end, kind } = parsed.period;
	return { period_start: start, period_end: end, period_kind: kind, year: Number(end.slice(0, 4)) };
}

export function observationRow(values: Values): Observation {
	return { ...(values as unknown as Observation), ...periodColumns(values.period as string) };
}

export function sourceRow(values: Values): Source {
	const published = values.published as string | null;
	return { ...(values as unknown as Source), year: published === null ? null : Number(published.slice(0, 4)) };
}

const list = (text: Value) => (typeof text === 'string' ? text.split(' ').filter(Boolean) : []);

export function eventRow(values: Values): ObservatoryEvent {
	return {
		...(values as unknown as ObservatoryEvent),
		...periodColumns(values.period as string),
		source_ids: list(values.source_ids),
		indicator_ids: list(values.indicator_ids)
	};
}
