/**
 * Everything the share panel offers for one chart, computed from what the chart draws: the figures,
 * titles, permalink and embed URL, alt text, citation, CSV text, and the words and keys written into
 * exported images. Pure (no DOM), so the panel stays a thin view and this is unit-tested.
 */
import type { Indicator, Observation, Source } from '$lib/data/schema';
import type { LabelledSeries } from '$lib/data/seriesLabel';
import { sourceShortLabel } from '$lib/data/labels';
import { figuresCsv } from '$lib/data/figuresCsv';
import { DEFAULT_VIEW, type ViewState } from '$lib/state/viewState';
import { altText } from '$lib/data/altText';
import { dotsAltText } from './dotsAltText';
import type { CitedView } from './citeView';
import { dataAsOf } from './dataAsOf';
import { downloadName } from './downloadName';
import { embedUrl, exploreUrl } from './permalink';
import { legendEntries } from './legendEntries';
import { sourceLine } from './sourceLine';
import type { LegendEntry } from './svgLegend';
import type { SvgExportText } from './svgExport';
import { viewTitle, type ViewTitle } from './viewTitle';

/** What a chart is of: an indicator, or a chart of several that stands in for one (its id names files and citation keys). */
export type ChartSubject = Pick<Indicator, 'indicator_id' | 'name' | 'unit'>;

export interface ShareInput {
	/** The explorer view the chart shows; omit for charts that are none (then give permalinkPath and embedPath). */
	view?: ViewState;
	indicator: ChartSubject;
	/** Every indicator among the figures, when there are several (names in the CSV). */
	indicators?: Pick<Indicator, 'indicator_id' | 'name'>[];
	/** The series as the chart draws them, in order. */
	series: LabelledSeries[];
	/** For charts of single figures (dot plots): the figures drawn, instead of `series`. */
	figures?: Observation[];
	/** Small multiples in page order; default one chart of `series`. */
	panels?: { heading?: string; series: LabelledSeries[] }[];
	sources: Source[];
	geoNames: Record<string, string>;
	description?: string;
	dataAsOf?: string;
	permalinkPath?: string;
	/** The embed page, after the site's base, when it is not the explorer view's. */
	embedPath?: string;
	/** Key for exported images when the chart's colours are not its series (a map's classes). */
	legend?: LegendEntry[];
}

export interface ShareModel {
	rows: Observation[];
	titles: ViewTitle;
	permalink: string;
	embed: string;
	alt: string;
	fileStem: string;
	cited: CitedView;
	csv: () => string;
	exportText: () => SvgExportText;
}

/** `siteUrl`: origin + base (or a relative base before mount); `today`: ISO access date. */
export function shareModel(input: ShareInput, siteUrl: string, today: string): ShareModel {
	const { indicator, series, figures, sources, geoNames } = input;
	if (!input.view && !(input.permalinkPath && input.embedPath)) throw new Error('a chart without an explorer view needs its own permalink and embed page');
	const view = input.view ?? { ...DEFAULT_VIEW, indicator: indicator.indicator_id };
	const geoName = (id: string) => geoNames[id] ?? id;
	const rows = figures ?? series.flatMap((s) => s.points.map((p) => p.observation));
	const labelOf = new Map(sources.map((s) => [s.source_id, series.find((x) => x.source_id === s.source_id)?.sourceLabel ?? sourceShortLabel(s)]));
	const sourceLabel = (id: string) => labelOf.get(id) ?? id;
	const asOf = input.dataAsOf ?? dataAsOf(sources) ?? today;
	const accessed = today || asOf;
	const titles = viewTitle(indicator, view, rows, geoName);
	const permalink = input.permalinkPath ? `${siteUrl}${input.permalinkPath}` : exploreUrl(siteUrl, view);
	const alt =
		input.description ??
		(figures
			? dotsAltText({ indicatorName: indicator.name, figures, geoName, sourceLabel, focus: 'KH-1' })
			: altText({ indicatorName: indicator.name, series, geoName, sourceLabel }));
	const panels = input.panels ?? [{ series }];
	return {
		rows,
		titles,
		permalink,
		embed: input.embedPath ? `${siteUrl}${input.embedPath}` : embedUrl(siteUrl, view),
		alt,
		fileStem: downloadName(indicator.indicator_id, rows, 'x').slice(0, -2),
		cited: { title: titles.citation, url: permalink, accessed, dataAsOf: asOf, indicatorId: indicator.indicator_id, sourceLabels: [...labelOf.values()] },
		csv: () =>
			figuresCsv(rows, {
				indicatorById: new Map((input.indicators ?? [indicator]).map((i) => [i.indicator_id, i])),
				geoById: new Map(Object.entries(geoNames).map(([geo_id, name]) => [geo_id, { name }])),
				sourceById: new Map(sources.map((s) => [s.source_id, s]))
			}),
		exportText: () => ({
			title: titles.title,
			subtitle: titles.subtitle,
			source: sourceLine(sources, permalink, accessed),
			description: alt,
			// Dot plots label their rows inside the SVG; line charts get their key back.
			panels: panels.map((panel) => ({
				heading: panels.length > 1 ? panel.heading : undefined,
				legend: input.legend ?? (!figures && panel.series.length > 1 ? legendEntries(panel.series) : undefined)
			}))
		})
	};
}
