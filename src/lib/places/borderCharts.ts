/**
 * The three charts of the border and migration section, defined once for the place pages (which
 * draw them under #returns, #workers and #remittances) and the embed pages (/embed/border/<id>/).
 * The section is the same on every border profile, so each chart has one embed page, linking back
 * to the province's profile.
 */
import type { Indicator, Observation, Unit } from '$lib/data/schema';
import type { BorderSection } from './borderSection';
import {
	FLOW_CATEGORIES,
	REMITTANCE_CATEGORIES,
	WORKER_CATEGORIES,
	byIndicator,
	flowCategory,
	type Category
} from './borderCategories';

export interface BorderChart {
	/** The section anchor on the place pages, and the embed page's path segment. */
	id: 'returns' | 'workers' | 'remittances';
	/** Prefix of the chart's element ids. */
	elementId: string;
	heading: string;
	/** What the chart shows: its SVG title, the exported image's title and the citation's subject. */
	title: string;
	unit: Unit;
	categories: readonly Category[];
	categoryOf: (o: Observation) => string;
	/** The figures it draws. */
	rows: (border: Pick<BorderSection, 'flows' | 'workers' | 'remittances'>) => Observation[];
}

export const BORDER_CHARTS: readonly BorderChart[] = [
	{
		id: 'returns',
		elementId: 'flows',
		heading: 'Deportations and returns through Poipet',
		title: 'Cambodians deported or returning from Thailand, through Poipet and all crossings',
		unit: 'count',
		categories: FLOW_CATEGORIES,
		categoryOf: flowCategory,
		rows: (b) => b.flows
	},
	{
		id: 'workers',
		elementId: 'workers',
		heading: 'Cambodian workers in Thailand',
		title: 'Cambodian migrant workers in Thailand',
		unit: 'count',
		categories: WORKER_CATEGORIES,
		categoryOf: byIndicator,
		rows: (b) => b.workers
	},
	{
		id: 'remittances',
		elementId: 'remittances',
		heading: 'Remittances',
		title: 'Remittances sent home to Cambodia, US dollars',
		unit: 'usd',
		categories: REMITTANCE_CATEGORIES,
		categoryOf: byIndicator,
		// The share of GDP is another unit: it is in a table under the chart.
		rows: (b) => b.remittances.filter((o) => o.unit === 'usd')
	}
];

/** The profile an embed links back to: the province, whose page carries the whole section. */
export const BORDER_HOME = 'KH-1';

export function borderChart(id: string): BorderChart | undefined {
	return BORDER_CHARTS.find((c) => c.id === id);
}

/** Where a chart sits on a place page (a path after the site's base). */
export function borderChartPath(chart: Pick<BorderChart, 'id'>, placeId: string = BORDER_HOME): string {
	return `/places/${placeId}/#${chart.id}`;
}

export function borderEmbedPath(chart: Pick<BorderChart, 'id'>): string {
	return `/embed/border/${chart.id}/`;
}

/**
 * What the share panel cites and names files after. The chart mixes indicators, so it stands in
 * for "the indicator" with its own id and title.
 */
export function borderChartSubject(chart: Pick<BorderChart, 'id' | 'title' | 'unit'>): Pick<Indicator, 'indicator_id' | 'name' | 'unit'> {
	return { indicator_id: `border-${chart.id}`, name: chart.title, unit: chart.unit };
}
