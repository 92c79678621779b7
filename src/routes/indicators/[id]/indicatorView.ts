/**
 * Everything the page of one indicator shows, computed at build time from the catalog: chart
 * panels (one per place × group × sex, each source its own series), an optional comparison of
 * provinces in one year, every figure for the table, and the sources cited. Charts draw only the
 * latest edition of a repeated estimate; earlier editions go to the revision view.
 */
import type { Catalog } from '$lib/data/catalog';
import type { Indicator, Observation, ObservatoryEvent, Source } from '$lib/data/schema';
import { timeAxisFor, type TimeAxis } from '$lib/charts/timeAxis';
import { labelSeries, type LabelledSeries } from '$lib/data/seriesLabel';
import { indicatorPanels, type Panel } from '$lib/data/panels';
import { panelEvents } from '$lib/events/panelEvents';
import { coverage, type Coverage } from '$lib/data/coverage';
import { groupSexLabel, uniqueSourceLabels } from '$lib/data/labels';
import { placeComparison } from '$lib/data/placeComparison';
import type { DotRow } from '$lib/charts/dotLayout';
import { splitEditions } from '$lib/data/editions';
import { revisionView, type RevisionPanel } from './revisionView';

export interface ChartPanel {
	key: string;
	title: string;
	series: LabelledSeries[];
	source_ids: string[];
	/** Events of data/events.csv the chart marks. */
	events: ObservatoryEvent[];
	/** Revision charts of this panel's estimates, whose earlier editions this chart leaves out. */
	revisions: Pick<RevisionPanel, 'anchor' | 'publisher' | 'earlier'>[];
}

export interface Comparison {
	title: string;
	/** Figures shown (place|group|sex|year|source), so they are not repeated elsewhere. */
	figureKeys?: string[];
	rows: DotRow[];
	reference: { label: string; value: number } | null;
	source_ids: string[];
	notes: string[];
}

export interface FigureRow extends Observation {
	geo_name: string;
	group_label: string;
	/** From an edition of an estimate that a later edition superseded (not drawn on the charts). */
	earlier_edition: boolean;
}

export interface IndicatorView {
	indicator: Indicator;
	coverage: Coverage;
	panels: ChartPanel[];
	omittedPanels: number;
	/** One time axis for every panel, so they line up. */
	timeAxis: TimeAxis | null;
	comparison: Comparison | null;
	/** Figures from places or groups published for a single year, as one dot plot. */
	singles: Comparison | null;
	figures: FigureRow[];
	/** One chart per estimate with more than one edition. */
	revisions: RevisionPanel[];
	sources: Source[];
	sourceLabels: Record<string, string>;
	geoNames: Record<string, string>;
}

const figureKey = (o: Observation) => `${o.geo_id}|${o.population_group}|${o.sex}|${o.year}|${o.source_id}`;

function geoName(catalog: Catalog, id: string): string {
	return catalog.geoById.get(id)?.name ?? id;
}

function comparisonFor(catalog: Catalog, rows: readonly Observation[]): Comparison | null {
	const c = placeComparison(rows, catalog.geoById);
	if (!c) return null;
	const names = c.rows.map((o) => geoName(catalog, o.geo_id));
	const repeated = new Set(names.filter((n, i) => names.indexOf(n) !== i));
	const labels = uniqueSourceLabels(
		[...new Set(c.rows.map((o) => o.source_id))].map((id) => catalog.sourceById.get(id)).filter((s): s is Source => !!s)
	);
	const dotRows: DotRow[] = c.rows.map((o) => {
		const name = geoName(catalog, o.geo_id);
		const domain = o.scope === 'grouped_domain' && o.reporting_domain ? o.reporting_domain.split('+') : [];
		const partners = domain.filter((g) => g !== o.geo_id).map((g) => geoName(catalog, g));
		let label = partners.length ? `${name} (with ${partners.join(', ')})` : name;
		if (repeated.has(name)) label += ` — ${labels.get(o.source_id)}`;
		return {
			key: `${o.geo_id}|${o.source_id}`,
			label,
			value: o.value,
			lower: o.lower,
			upper: o.upper,
			highlight: o.geo_id === 'KH-1',
			hollow: o.scope !== 'place'
		};
	});
	const notes: string[] = [];
	if (c.rows.some((o) => o.scope === 'grouped_domain'))
		notes.push('Hollow dots: the survey reported these provinces together, so each shows the shared value.');
	if (c.rows.some((o) => o.scope === 'sample')) notes.push('Hollow dots include selected-sites samples, not the whole province.');
	if (!c.source_id) notes.push('Figures for different provinces come from different sources; see the table for each source.');
	const group = c.population_group === 'all' && c.sex === 'total' ? '' : `, ${groupSexLabel(c.population_group, c.sex).toLowerCase()}`;
	return {
		title: `By province, ${c.year}${group}`,
		rows: dotRows,
		reference: c.national ? { label: 'Cambodia', value: c.national.value } : null,
		source_ids: [...new Set([...c.rows, ...(c.national ? [c.national] : [])].map((o) => o.source_id))],
		figureKeys: [...c.rows, ...(c.national ? [c.national] : [])].map(figureKey),
		notes
	};
}

function singlesFor(catalog: Catalog, panels: readonly Panel[], covered: ReadonlySet<string>): Comparison | null {
	const obs = panels.flatMap((p) => p.series.flatMap((s) => s.points.map((pt) => pt.observation))).filter((o) => !covered.has(figureKey(o)));
	if (obs.length === 0) return null;
	const manyPlaces = new Set(obs.map((o) => o.geo_id)).size > 1;
	const sources = [...new Set(obs.map((o) => o.source_id))].map((id) => catalog.sourceById.get(id)).filter((s): s is Source => !!s);
	const labels = uniqueSourceLabels(sources);
	const base = (o: Observation) => {
		const place = manyPlaces ? geoName(catalog, o.geo_id) : '';
		const group = o.population_group === 'all' && o.sex === 'total' ? '' : groupSexLabel(o.population_group, o.sex);
		return `${[place, group].filter(Boolean).join(' · ') || geoName(catalog, o.geo_id)}, ${o.year}`;
	};
	const bases = obs.map(base);
	const rows: DotRow[] = obs.map((o, i) => ({
		key: figureKey(o),
		label: bases.filter((b) => b === bases[i]).length > 1 ? `${bases[i]} (${labels.get(o.source_id)})` : bases[i],
		value: o.value,
		lower: o.lower,
		upper: o.upper,
		highlight: o.geo_id === 'KH-1' || o.geo_id.startsWith('KH-1:'),
		hollow: o.scope !== 'place'
	}));
	const notes = ['Each row is one published figure for a single year; rows for different population groups are not comparable with each other.'];
	if (obs.some((o) => o.scope === 'sample')) notes.push('Hollow dots: selected sites only, not the whole place.');
	return { title: 'Figures published for a single year', rows, reference: null, source_ids: sources.map((s) => s.source_id), notes };
}

/** A dot plot of single figures says how many earlier-edition figures of its panels it leaves out. */
function withEarlierNote(singles: Comparison | null, revisions: readonly RevisionPanel[], charted: ReadonlySet<string>): Comparison | null {
	const earlier = revisions.filter((r) => !charted.has(r.panelKey)).reduce((n, r) => n + r.earlier, 0);
	if (!singles || earlier === 0) return singles;
	const note = `${earlier} figure${earlier === 1 ? '' : 's'} from earlier editions of these estimates ${earlier === 1 ? 'is' : 'are'} not drawn; “Revisions between editions” below shows them.`;
	return { ...singles, notes: [...singles.notes, note] };
}

export function indicatorView(catalog: Catalog, indicator: Indicator): IndicatorView {
	const rows = catalog.observationsByIndicator.get(indicator.indicator_id) ?? [];
	const { latest, earlier } = splitEditions(rows, catalog.sourceById);
	const superseded = new Set(earlier);
	const revisions = revisionView(catalog, indicator, rows);
	const { shown, single, omitted } = indicatorPanels(rows, catalog.sourceById, () => indicator.measure);
	const events = panelEvents(catalog.events, indicator.indicator_id, shown, catalog.geoById);
	const comparison = comparisonFor(catalog, latest);
	const covered = new Set(comparison?.figureKeys ?? []);
	const panels = shown.map((p, i) => {
		const labelled = labelSeries(p.series, catalog);
		return {
			key: p.key,
			title:
				p.population_group === 'all' && p.sex === 'total'
					? geoName(catalog, p.geo_id)
					: `${geoName(catalog, p.geo_id)} · ${groupSexLabel(p.population_group, p.sex)}`,
			series: labelled,
			source_ids: [...new Set(p.series.map((s) => s.source_id))],
			events: events[i],
			revisions: revisions.filter((r) => r.panelKey === p.key).map(({ anchor, publisher, earlier }) => ({ anchor, publisher, earlier }))
		};
	});
	const sources = [...new Set(rows.map((o) => o.source_id))]
		.map((id) => catalog.sourceById.get(id))
		.filter((s): s is Source => s !== undefined)
		.sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || a.publisher.localeCompare(b.publisher));
	const figures = [...rows]
		.map((o) => ({
			...o,
			geo_name: geoName(catalog, o.geo_id),
			group_label: groupSexLabel(o.population_group, o.sex),
			earlier_edition: superseded.has(o)
		}))
		.sort(
			(a, b) =>
				Number(a.geo_id !== 'KHM') - Number(b.geo_id !== 'KHM') ||
				a.geo_name.localeCompare(b.geo_name) ||
				a.group_label.localeCompare(b.group_label) ||
				a.year - b.year ||
				a.source_id.localeCompare(b.source_id)
		);
	return {
		indicator,
		coverage: coverage(rows),
		panels,
		omittedPanels: omitted,
		timeAxis: timeAxisFor(shown.flatMap((p) => p.series)) ?? null,
		comparison,
		singles: withEarlierNote(singlesFor(catalog, single, covered), revisions, new Set(shown.map((p) => p.key))),
		figures,
		revisions,
		sources,
		sourceLabels: Object.fromEntries(uniqueSourceLabels(sources)),
		geoNames: Object.fromEntries(catalog.geo.map((g) => [g.geo_id, g.name]))
	};
}
