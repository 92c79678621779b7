/**
 * The revision view of an indicator page, computed at build time: one chart per family of
 * estimates (place × group × sex × source series) that has more than one edition.
 *
 * Why lines per edition over reference years, rather than a slope chart per reference year
 * (x = edition): every edition here is a whole back-series (a UNAIDS round or WDI release
 * re-estimates all earlier years at once), so one line per edition shows what each publication
 * actually said, and the vertical gap between lines at a year is the revision. A slope or small
 * multiple per reference year would need one panel for each of 30-odd years and tell the same
 * story 30 times; the per-year values and their revision are in the table instead.
 */
import type { Catalog } from '$lib/data/catalog';
import { editionFamilies, type EditionFamily } from '$lib/data/editions';
import { groupSexLabel, shortPublisher, uniqueSourceLabels } from '$lib/data/labels';
import { revisionRows, type RevisionRow } from '$lib/data/revisions';
import { revisionText } from '$lib/data/revisionText';
import type { Indicator, Observation, Source } from '$lib/data/schema';
import { buildSeries } from '$lib/data/series';
import { unitLabel } from '$lib/data/format';
import type { LabelledSeries } from '$lib/data/seriesLabel';
import { editionStyle } from '$lib/charts/editionStyle';
import type { SeriesStyle } from '$lib/charts/palette';

export interface RevisionPanel {
	/** Element id of the chart's box; main-chart notes link to `#<anchor>`. */
	anchor: string;
	/** geo|group|sex: the main-chart panel these figures belong to. */
	panelKey: string;
	title: string;
	subtitle: string;
	/** Publisher of the estimate, e.g. "World Bank". */
	publisher: string;
	/** One per source, oldest edition first. */
	series: LabelledSeries[];
	styles: SeriesStyle[];
	editions: string[];
	rows: RevisionRow[];
	source_ids: string[];
	description: string;
	/** Figures from editions before the latest (not drawn on the main charts). */
	earlier: number;
}

function who(o: Pick<Observation, 'population_group' | 'sex'>): string {
	if (o.population_group === 'all' && o.sex === 'total') return '';
	const label = groupSexLabel(o.population_group, o.sex);
	return ` among ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
}

function panelFor(catalog: Catalog, indicator: Indicator, family: EditionFamily, i: number): RevisionPanel {
	const place = catalog.geoById.get(family.geo_id)?.name ?? family.geo_id;
	const sources = family.editions.flatMap((e) => e.source_ids).map((id) => catalog.sourceById.get(id)).filter((s): s is Source => !!s);
	const sourceLabels = uniqueSourceLabels(sources);
	const editionOf = new Map(family.editions.flatMap((e, index) => e.source_ids.map((id) => [id, index] as const)));
	const latest = family.editions.length - 1;
	const publisher = shortPublisher(catalog.sourceById.get(family.editions[latest].source_ids[0])?.publisher ?? family.series);
	const series = buildSeries(family.observations, () => indicator.measure)
		.sort((a, b) => editionOf.get(a.source_id)! - editionOf.get(b.source_id)! || a.key.localeCompare(b.key))
		.map((s) => {
			const index = editionOf.get(s.source_id)!;
			const edition = family.editions[index].edition;
			const several = family.editions[index].source_ids.length > 1;
			return {
				...s,
				label: `${edition} edition${index === latest ? ' (latest)' : ''}${several ? `: ${sourceLabels.get(s.source_id)}` : ''}`,
				sourceLabel: sourceLabels.get(s.source_id) ?? s.source_id,
				placeLabel: place,
				groupLabel: groupSexLabel(s.population_group, s.sex)
			};
		});
	const editions = family.editions.map((e) => e.edition);
	const rows = revisionRows(family);
	const group = family.population_group === 'all' && family.sex === 'total' ? '' : ` · ${groupSexLabel(family.population_group, family.sex)}`;
	return {
		anchor: `revision-${i}`,
		panelKey: `${family.geo_id}|${family.population_group}|${family.sex}`,
		title: `${place}${group}: ${editions.length} editions of ${publisher}'s estimate`,
		subtitle: `${indicator.name}, ${unitLabel(indicator.unit)}. Each edition as published; the latest (blue) is the one the charts above draw.`,
		publisher,
		series,
		styles: series.map((s) => editionStyle(editionOf.get(s.source_id)!, editions.length)),
		editions,
		rows,
		source_ids: sources.map((s) => s.source_id),
		description: revisionText({ subject: `${indicator.name}${who(family)} in ${place}`, publisher, editions, rows, unit: indicator.unit }),
		earlier: family.observations.filter((o) => editionOf.get(o.source_id) !== latest).length
	};
}

/** Revision panels of an indicator, one per family with more than one edition. */
export function revisionView(catalog: Catalog, indicator: Indicator, rows: readonly Observation[]): RevisionPanel[] {
	return editionFamilies(rows, catalog.sourceById).map((family, i) => panelFor(catalog, indicator, family, i));
}
