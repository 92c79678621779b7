/**
 * Headline figures for the overview: for each chosen indicator × place × group, the latest
 * published figure, the previous figure from the same series (same source) and the change
 * between them, plus any other source's figure for the same year (disputed figures are shown
 * side by side, never averaged). Selected-sites samples are never headlines.
 */
import type { Domain, Observation, PopulationGroup, Sex } from './schema';
import { buildSeries, latestPair, type Series } from './series';
import { formatChange } from './format';

export interface HeadlineSpec {
	indicator_id: string;
	geo_id: string;
	population_group: PopulationGroup;
	sex: Sex;
}

export interface HeadlineFigure {
	year: number;
	value: number;
	lower: number | null;
	upper: number | null;
	source_id: string;
	note: string | null;
}

export interface Headline extends HeadlineSpec {
	latest: HeadlineFigure;
	/** Previous figure in the same series (same source), if any. */
	previous: HeadlineFigure | null;
	/** "−0.1 percentage points", "no change", or null without a previous figure. */
	change: string | null;
	/** Other sources' figures for the same year and group. */
	others: HeadlineFigure[];
}

const spec = (indicator_id: string, geo_id = 'KHM', population_group: PopulationGroup = 'all', sex: Sex = 'total') => ({
	indicator_id,
	geo_id,
	population_group,
	sex
});

export const HEADLINE_SPECS: Partial<Record<Domain, HeadlineSpec[]>> = {
	health_outcome: [spec('hiv_prevalence', 'KHM', 'adults_15_49'), spec('new_hiv_infections'), spec('tb_incidence')],
	service_coverage: [spec('cascade_1_know_status'), spec('art_number'), spec('skilled_birth_attendance')],
	border_migration: [
		spec('khm_workers_in_tha_est', 'THA', 'migrants'),
		spec('returnees_from_tha_event', 'KHM', 'returnees'),
		spec('remittances_received_usd')
	],
	protection: [spec('ncct_cases_h1'), spec('ncct_victims_rescued_h1'), spec('tip_prosecutions')]
};

function figure(o: Observation): HeadlineFigure {
	return { year: o.year, value: o.value, lower: o.lower, upper: o.upper, source_id: o.source_id, note: o.note };
}

function pickSeries(series: Series[]): Series | undefined {
	const lastYear = (s: Series) => s.points.at(-1)!.year;
	return [...series].sort((a, b) => lastYear(b) - lastYear(a) || b.points.length - a.points.length)[0];
}

export function headline(observations: readonly Observation[], s: HeadlineSpec): Headline | null {
	const rows = observations.filter(
		(o) =>
			o.indicator_id === s.indicator_id &&
			o.geo_id === s.geo_id &&
			o.population_group === s.population_group &&
			o.sex === s.sex &&
			o.scope !== 'sample'
	);
	const series = buildSeries(rows);
	const main = pickSeries(series);
	if (!main) return null;
	const { latest, previous } = latestPair(main);
	const others = rows
		.filter((o) => o.year === latest.year && o.source_id !== main.source_id)
		.map(figure);
	return {
		...s,
		latest: figure(latest.observation),
		previous: previous ? figure(previous.observation) : null,
		change: previous ? formatChange(previous.value, latest.value, main.unit) : null,
		others
	};
}
