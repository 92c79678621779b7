/**
 * Warnings, not errors: an indicator no figure uses, or a source no figure, place or event
 * cites. Usually a typo in an id elsewhere, or a row left behind.
 */
import { show } from '../issue';
import { geoSourceIds } from './geoSources';
import { issueAt, str, type Rule } from './rule';

export const unusedReferences: Rule = ({ observations, indicators, sources, geo, events }) => {
	const usedIndicators = new Set(observations.rows.map((r) => r.values.indicator_id));
	const usedSources = new Set<unknown>(observations.rows.map((r) => r.values.source_id));
	for (const row of geo.rows) for (const id of geoSourceIds(str(row, 'source') ?? '')) usedSources.add(id);
	for (const row of events.rows) for (const id of (str(row, 'source_ids') ?? '').split(' ')) usedSources.add(id);
	const unusedIndicators = indicators.rows
		.filter((row) => str(row, 'indicator_id') !== null && !usedIndicators.has(row.values.indicator_id))
		.map((row) => issueAt(indicators, row, 'indicator_id', 'unused', `indicator_id ${show(row.values.indicator_id)} is not used by any observation`, 'warning'));
	const unusedSources = sources.rows
		.filter((row) => str(row, 'source_id') !== null && !usedSources.has(row.values.source_id))
		.map((row) => issueAt(sources, row, 'source_id', 'unused', `source_id ${show(row.values.source_id)} is not cited by any observation, place or event`, 'warning'));
	return [...unusedIndicators, ...unusedSources];
};
