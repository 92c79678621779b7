/**
 * Imported rows → labelled series for the chart helper's LineChart, so an import is drawn the
 * same way as published figures (one line per place × sex × source, gaps left as gaps). Returns
 * null when there is nothing simple to draw: no known unit, or fewer than two figures.
 */
import { UNITS, type Observation, type Unit } from '$lib/data/schema';
import { buildSeries } from '$lib/data/series';
import type { LabelledSeries } from '$lib/data/seriesLabel';
import type { ImportRow } from '$lib/import/importRow';

export interface PreviewChartData {
	series: LabelledSeries[];
	unit: Unit;
	title: string;
}

export function previewSeries(rows: readonly ImportRow[], placeNames: Record<string, string> = {}): PreviewChartData | null {
	const unit = rows[0]?.unit;
	if (rows.length < 2 || !unit || !(UNITS as readonly string[]).includes(unit)) return null;
	const names = new Map(rows.map((r) => [r.geo_id, (r.geo_known ? placeNames[r.geo_id] : undefined) ?? r.geo_name ?? r.geo_id]));
	const observations = rows.map(
		(r) =>
			({
				...r,
				population_group: r.population_group ?? 'all',
				sex: r.sex ?? 'total',
				source_id: r.source ?? 'imported file',
				scope: 'place',
				reporting_domain: null
			}) as unknown as Observation
	);
	const series = buildSeries(observations);
	const showSex = new Set(series.map((s) => s.sex)).size > 1;
	return {
		unit: unit as Unit,
		title: rows[0].indicator_name ?? rows[0].indicator_id,
		series: series.map((s) => {
			const placeLabel = names.get(s.geo_id) ?? s.geo_id;
			return {
				...s,
				label: showSex ? `${placeLabel} · ${s.sex}` : placeLabel,
				placeLabel,
				groupLabel: s.sex,
				sourceLabel: s.source_id
			};
		})
	};
}
