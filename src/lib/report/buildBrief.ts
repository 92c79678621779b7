/**
 * A donor brief for one place: per chosen indicator, a figure per population group in which the
 * place (or a place inside it) has figures, drawn next to Cambodia's for context; where the place
 * has none, the national figure alone, saying so. Also the key figures (latest value for the place
 * and for Cambodia, each with year and source) and the sources cited. Pure; runs at prerender
 * time for the default brief and in the browser for any other choice.
 */
import type { Geo, Indicator, Source } from '$lib/data/schema';
import { buildSeries, yearExtent, type SeriesPoint } from '$lib/data/series';
import { labelSeries, type LabelledSeries } from '$lib/data/seriesLabel';
import { groupSexLabel } from '$lib/data/labels';
import { groupPanels } from '$lib/explore/groupPanels';
import { seriesView } from '$lib/share/seriesView';
import type { ViewState } from '$lib/state/viewState';
import { NATIONAL, placeFamily, type BriefData } from './briefData';
import type { BriefChoice } from './briefChoice';

export interface LatestFigure {
	point: SeriesPoint;
	series: LabelledSeries;
}

export interface BriefFigure {
	key: string;
	indicator: Indicator;
	/** Population group and sex of the panel. */
	heading: string;
	series: LabelledSeries[];
	sources: Source[];
	years: [number, number];
	/** Set when the place has no figure here and the chart shows national context only. */
	note: string | null;
	/** Latest figures for the place; several when sources disagree about the same latest year. */
	latestPlace: LatestFigure[];
	latestNational: LatestFigure[];
	/** The same figures in the explorer. */
	view: ViewState;
}

export interface Brief {
	place: Geo;
	figures: BriefFigure[];
	/** Chosen indicators with no figure for the place or for Cambodia. */
	empty: Indicator[];
	/** Every source the figures cite, newest first. */
	sources: Source[];
}

/** Figures per indicator: a brief stays a brief (the explorer has the rest). */
export const MAX_FIGURES_PER_INDICATOR = 2;

/**
 * The latest figure of the kept series. When several series (sources, or places inside the
 * place) give a figure for that same year, all of them are returned: a disputed figure is shown
 * beside its rival, never silently picked.
 */
function latest(series: readonly LabelledSeries[], keep: (s: LabelledSeries) => boolean): LatestFigure[] {
	const last = series.filter(keep).flatMap((s) => (s.points.length ? [{ point: s.points[s.points.length - 1], series: s }] : []));
	const year = Math.max(...last.map((l) => l.point.year));
	return last.filter((l) => l.point.year === year);
}

export function buildBrief(data: BriefData, choice: BriefChoice): Brief {
	const geoById = new Map(data.geos.map((g) => [g.geo_id, g]));
	const sourceById = new Map(data.sources.map((s) => [s.source_id, s]));
	const place = geoById.get(choice.place);
	if (!place) throw new Error(`unknown place: ${choice.place}`);
	const family = new Set(placeFamily(data.geos, place.geo_id));
	const inPlace = (s: { geo_id: string }) => family.has(s.geo_id);
	const figures: BriefFigure[] = [];
	const empty: Indicator[] = [];

	for (const id of choice.indicators) {
		const indicator = data.indicators.find((i) => i.indicator_id === id);
		if (!indicator) continue;
		const rows = data.observations.filter((o) => o.indicator_id === id && (family.has(o.geo_id) || o.geo_id === NATIONAL));
		const panels = groupPanels(labelSeries(buildSeries(rows, () => indicator.measure), { geoById, sourceById }));
		const own = panels.filter((p) => p.series.some(inPlace));
		const shown = (own.length > 0 ? own : panels).slice(0, own.length > 0 ? MAX_FIGURES_PER_INDICATOR : 1);
		if (shown.length === 0) empty.push(indicator);
		for (const panel of shown) {
			const sourceIds = [...new Set(panel.series.map((s) => s.source_id))];
			figures.push({
				key: `${id}|${panel.key}`,
				indicator,
				heading: groupSexLabel(panel.population_group, panel.sex),
				series: panel.series,
				sources: sourceIds.flatMap((sid) => sourceById.get(sid) ?? []),
				years: yearExtent(panel.series)!,
				note: own.length > 0 || place.geo_id === NATIONAL ? null : `No published figure for ${place.name}; national figures shown for context.`,
				latestPlace: place.geo_id === NATIONAL ? [] : latest(panel.series, inPlace),
				latestNational: latest(panel.series, (s) => s.geo_id === NATIONAL && s.scope === 'place'),
				view: seriesView(id, panel.series)
			});
		}
	}
	const cited = new Set(figures.flatMap((f) => f.sources.map((s) => s.source_id)));
	const sources = data.sources
		.filter((s) => cited.has(s.source_id))
		.sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || a.publisher.localeCompare(b.publisher));
	return { place, figures, empty, sources };
}
