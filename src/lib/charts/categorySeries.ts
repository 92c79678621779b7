/**
 * What a category chart draws, computed once for the chart, its share panel and its embed page:
 * the figures as series (each source its own, so lines never join sources) labelled
 * "category · source" and ordered by category, one style per series from its category's colour,
 * one key entry per category present, and the text alternative. Pure; CategoryChart draws it.
 */
import type { Observation, Source } from '$lib/data/schema';
import { buildSeries, hasLine, type MeasureOf } from '$lib/data/series';
import { labelSeries, type LabelledSeries } from '$lib/data/seriesLabel';
import { describeLabelled } from '$lib/data/altText';
import { seriesStyle, type SeriesStyle } from './palette';

export interface CategoryDef {
	key: string;
	label: string;
}

export interface CategoryLegendItem {
	key: string;
	label: string;
	style: SeriesStyle;
	/** Whether any series of the category is drawn as a line (else dots only). */
	line: boolean;
}

export interface CategoryView {
	series: (LabelledSeries & { category: string })[];
	styles: SeriesStyle[];
	legendItems: CategoryLegendItem[];
	description: string;
}

export interface CategoryInput {
	rows: readonly Observation[];
	categories: readonly CategoryDef[];
	categoryOf: (o: Observation) => string;
	/** What the chart shows, the subject of the text alternative. */
	title: string;
	sources: Record<string, Source>;
	geoNames: Record<string, string>;
	/** Stock or flow per indicator (the chart mixes indicators); decides which figures a line joins. */
	measureOf?: MeasureOf;
}

export function categorySeries({ rows, categories, categoryOf, title, sources, geoNames, measureOf }: CategoryInput): CategoryView {
	const present = categories.filter((c) => rows.some((o) => categoryOf(o) === c.key));
	const rank = (key: string) => present.findIndex((c) => c.key === key);
	const geoById = new Map(Object.entries(geoNames).map(([k, name]) => [k, { name }]));
	const sourceById = new Map(Object.entries(sources));
	const series = labelSeries(buildSeries([...rows], measureOf), { geoById, sourceById })
		.map((s) => {
			const category = categoryOf(s.points[0].observation);
			const label = present[rank(category)]?.label ?? category;
			return { ...s, label: `${label} · ${s.sourceLabel}`, category };
		})
		.sort((a, b) => rank(a.category) - rank(b.category) || a.points[0].period.start.localeCompare(b.points[0].period.start));
	const legendItems = present.map((c, i) => ({
		key: c.key,
		label: c.label,
		style: seriesStyle(i),
		line: series.some((s) => s.category === c.key && hasLine(s))
	}));
	return {
		series,
		styles: series.map((s) => seriesStyle(rank(s.category), s.scope)),
		legendItems,
		description: `${describeLabelled(series, title)} Colours show what was counted: ${present.map((c) => c.label).join('; ')}.`
	};
}
