/**
 * Names series for a legend. A label says only what differs between the series shown together
 * (place, group, sex, source), so a chart of one place's sources reads "World Bank, 2024",
 * and a selected-sites sample always carries "(selected sites, not national)".
 */
import type { Geo, Source } from './schema';
import type { Series } from './series';
import { groupSexLabel, SAMPLE_SUFFIX, uniqueSourceLabels } from './labels';

export interface LabelledSeries extends Series {
	/** Legend text for this chart. */
	label: string;
	/** Short source name, e.g. "World Bank, 2024". */
	sourceLabel: string;
	/** Place name, e.g. "Banteay Meanchey". */
	placeLabel: string;
	/** Population group and sex, e.g. "Female entertainment workers". */
	groupLabel: string;
}

export interface LabelLookups {
	geoById: ReadonlyMap<string, Pick<Geo, 'name'>>;
	sourceById: ReadonlyMap<string, Source>;
}

function distinct<T>(values: T[]): number {
	return new Set(values).size;
}

export function labelSeries(series: readonly Series[], lookups: LabelLookups): LabelledSeries[] {
	const sources = [...new Set(series.map((s) => s.source_id))]
		.map((id) => lookups.sourceById.get(id))
		.filter((s): s is Source => s !== undefined);
	const sourceLabels = uniqueSourceLabels(sources);
	const showPlace = distinct(series.map((s) => s.geo_id)) > 1;
	const showGroup = distinct(series.map((s) => `${s.population_group}|${s.sex}`)) > 1;
	const showSource = distinct(series.map((s) => s.source_id)) > 1 || (!showPlace && !showGroup);
	return series.map((s) => {
		const placeLabel = lookups.geoById.get(s.geo_id)?.name ?? s.geo_id;
		const groupLabel = groupSexLabel(s.population_group, s.sex);
		const sourceLabel = sourceLabels.get(s.source_id) ?? s.source_id;
		const parts = [showPlace ? placeLabel : '', showGroup ? groupLabel : '', showSource ? sourceLabel : ''];
		let label = parts.filter(Boolean).join(' · ');
		if (s.scope === 'sample') label += ` ${SAMPLE_SUFFIX}`;
		return { ...s, label, sourceLabel, placeLabel, groupLabel };
	});
}
