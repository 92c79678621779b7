/**
 * The bibliography: every source with what cites it. Figures are grouped by indicator and place
 * ("HIV prevalence — Cambodia: 1990–2021 (32 figures)") so a long series stays one line.
 */
import type { Catalog } from '$lib/data/catalog';
import type { Source } from '$lib/data/schema';
import { shortPublisher } from '$lib/data/labels';
import { groupSexLabel } from '$lib/data/labels';

export interface Citation {
	indicator_id: string;
	indicator_name: string;
	place: string;
	group: string;
	years: number[];
}

export interface SourceEntry extends Source {
	citations: Citation[];
	figures: number;
	/** Used by data/geo.csv (place names, codes, positions) rather than by figures. */
	usedForPlaces: boolean;
	/** Events of the timeline that cite it. */
	events: { event_id: string; title: string }[];
}

export function sourcesView(catalog: Catalog): SourceEntry[] {
	const geoSources = catalog.geo.map((g) => g.source).join(' ');
	return catalog.sources
		.map((s) => {
			const rows = catalog.observationsBySource.get(s.source_id) ?? [];
			const byKey = new Map<string, Citation>();
			for (const o of rows) {
				const key = `${o.indicator_id}|${o.geo_id}|${o.population_group}|${o.sex}`;
				let c = byKey.get(key);
				if (!c) {
					c = {
						indicator_id: o.indicator_id,
						indicator_name: catalog.indicatorById.get(o.indicator_id)?.name ?? o.indicator_id,
						place: catalog.geoById.get(o.geo_id)?.name ?? o.geo_id,
						group: o.population_group === 'all' && o.sex === 'total' ? '' : groupSexLabel(o.population_group, o.sex),
						years: []
					};
					byKey.set(key, c);
				}
				c.years.push(o.year);
			}
			const citations = [...byKey.values()]
				.map((c) => ({ ...c, years: [...new Set(c.years)].sort((a, b) => a - b) }))
				.sort((a, b) => a.indicator_name.localeCompare(b.indicator_name) || a.place.localeCompare(b.place));
			return {
				...s,
				citations,
				figures: rows.length,
				events: catalog.events.filter((e) => e.source_ids.includes(s.source_id)).map((e) => ({ event_id: e.event_id, title: e.title })),
				usedForPlaces: new RegExp(`(^|[^a-z0-9_])${s.source_id}([^a-z0-9_]|$)`).test(geoSources)
			};
		})
		.sort(
			(a, b) =>
				shortPublisher(a.publisher).localeCompare(shortPublisher(b.publisher)) ||
				(a.year ?? 0) - (b.year ?? 0) ||
				a.title.localeCompare(b.title)
		);
}

/** "1990–2021" for consecutive years, otherwise "2005, 2010, 2014". */
export function yearsText(years: readonly number[]): string {
	if (years.length === 0) return '';
	const consecutive = years.every((y, i) => i === 0 || y === years[i - 1] + 1);
	if (consecutive && years.length > 2) return `${years[0]}–${years.at(-1)}`;
	return years.join(', ');
}
