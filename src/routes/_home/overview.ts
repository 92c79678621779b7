/**
 * Data for the overview page, computed at build time: headline figures per domain, the focus
 * places with how much the data holds for them, and the series of two small charts.
 */
import type { Catalog } from '$lib/data/catalog';
import type { Domain, Indicator, Source } from '$lib/data/schema';
import { HEADLINE_SPECS, headline, type Headline } from '$lib/data/headlines';
import { buildSeries } from '$lib/data/series';
import { labelSeries, type LabelledSeries } from '$lib/data/seriesLabel';
import { coverage } from '$lib/data/coverage';
import type { Annotation } from '$lib/charts/lineLayout';

export interface HeadlineCard extends Headline {
	indicator: Indicator;
	place: string;
	sources: Record<string, Source>;
}

export interface FocusPlace {
	geo_id: string;
	name: string;
	name_km: string | null;
	blurb: string;
	figures: number;
}

export interface OverviewChart {
	indicator: Indicator;
	title: string;
	subtitle: string;
	series: LabelledSeries[];
	sources: Source[];
	annotations: Annotation[];
}

const FOCUS: { geo_id: string; blurb: string; also?: string[] }[] = [
	{ geo_id: 'KH-1', blurb: 'The north-western border province, on the main road and rail link to Thailand.' },
	{ geo_id: 'KH-1:serei-saophoan', blurb: 'Sisophon, the provincial capital and a transit town on National Road 5.' },
	{
		geo_id: 'KH-1:poipet',
		blurb: 'The busiest land crossing to Thailand, where most deportations and mass returns pass.',
		also: ['KH-1:poipet-aranyaprathet']
	}
];

function chart(
	catalog: Catalog,
	indicator_id: string,
	geo_id: string,
	group: string,
	maxSeries: number,
	title: string,
	subtitle: string,
	annotations: Annotation[] = []
): OverviewChart | null {
	const indicator = catalog.indicatorById.get(indicator_id);
	if (!indicator) return null;
	const rows = (catalog.observationsByIndicator.get(indicator_id) ?? []).filter(
		(o) => o.geo_id === geo_id && o.population_group === group && o.sex === 'total'
	);
	const series = labelSeries(buildSeries(rows, () => indicator.measure).slice(0, maxSeries), catalog);
	if (series.length === 0) return null;
	const sources = [...new Set(series.map((s) => s.source_id))].map((id) => catalog.sourceById.get(id)!).filter(Boolean);
	return { indicator, title, subtitle, series, sources, annotations };
}

export function overview(catalog: Catalog) {
	const headlines = (Object.entries(HEADLINE_SPECS) as [Domain, (typeof HEADLINE_SPECS)[Domain]][]).map(([domain, specs]) => ({
		domain,
		cards: (specs ?? [])
			.map((spec): HeadlineCard | null => {
				const h = headline(catalog.observationsByIndicator.get(spec.indicator_id) ?? [], spec);
				const indicator = catalog.indicatorById.get(spec.indicator_id);
				if (!h || !indicator) return null;
				const ids = [h.latest.source_id, ...(h.previous ? [h.previous.source_id] : []), ...h.others.map((o) => o.source_id)];
				const sources = Object.fromEntries(ids.map((id) => [id, catalog.sourceById.get(id)!]).filter(([, s]) => s));
				return { ...h, indicator, place: catalog.geoById.get(spec.geo_id)?.name ?? spec.geo_id, sources };
			})
			.filter((c): c is HeadlineCard => c !== null)
	}));
	const focus: FocusPlace[] = FOCUS.map((f) => {
		const geo = catalog.geoById.get(f.geo_id);
		const figures = [f.geo_id, ...(f.also ?? [])].reduce((n, id) => n + (catalog.observationsByGeo.get(id)?.length ?? 0), 0);
		return { geo_id: f.geo_id, name: geo?.name ?? f.geo_id, name_km: geo?.name_km ?? null, blurb: f.blurb, figures };
	});
	const all = coverage(catalog.observations);
	return {
		headlines,
		focus,
		charts: [
			chart(catalog, 'hiv_prevalence', 'KHM', 'adults_15_49', 2, 'Adult HIV prevalence, Cambodia', 'Share of adults aged 15–49 living with HIV, modelled estimates. Two World Bank releases of the UNAIDS model disagree for the 1990s: each is its own line.'),
			chart(catalog, 'deportees_from_tha', 'KH-1:poipet-aranyaprathet', 'returnees', 8, 'Cambodians deported or sent back by Thai authorities through Poipet', 'Number per year, as reported by each source; gaps are years with no published figure, and a count for part of a year stands apart with the months it covers marked.', [
				{ start: '2014-06-01', label: 'Mass return after the Thai coup' }
			])
		].filter((c): c is OverviewChart => c !== null),
		totals: {
			indicators: catalog.indicators.length,
			figures: all.figures,
			sources: catalog.sources.length,
			places: all.places,
			firstYear: all.firstYear,
			lastYear: all.lastYear
		}
	};
}
