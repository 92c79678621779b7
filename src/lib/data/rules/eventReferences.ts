/**
 * Events cite sources and name the charts they annotate as space-separated ids; every id must
 * exist (the single-column foreign keys of datapackage.json cannot express a list).
 */
import { issueAt, str, type CheckedTable, type Rule } from './rule';

function ids(table: CheckedTable, field: string): Set<string> {
	return new Set(table.rows.map((r) => str(r, field)).filter((v): v is string => v !== null));
}

export const eventReferences: Rule = ({ events, sources, indicators }) => {
	const known = { source_ids: ids(sources, 'source_id'), indicator_ids: ids(indicators, 'indicator_id') };
	const file = { source_ids: 'sources.csv', indicator_ids: 'indicators.csv' };
	return events.rows.flatMap((row) =>
		(['source_ids', 'indicator_ids'] as const).flatMap((field) =>
			(str(row, field) ?? '')
				.split(' ')
				.filter((id) => id !== '' && !known[field].has(id))
				.map((id) => issueAt(events, row, field, 'foreign-key', `${field}: ${JSON.stringify(id)} is not in ${file[field]}`))
		)
	);
};
