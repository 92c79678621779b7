/**
 * Words for an explorer view: the chart title, a subtitle saying what is selected, and the notes
 * a reader must see with it (the census behind each rate, places without one, selected-sites
 * figures, provinces a survey reported together).
 */
import type { Geo, Indicator, Observation, PopulationGroup, Sex, Source } from '$lib/data/schema';
import { groupLabel, sourceShortLabel } from '$lib/data/labels';
import type { ViewState } from '$lib/state/viewState';
import type { PerCapitaResult } from './perCapita';

export function viewTitle(indicator: Indicator, perCapita: boolean): string {
	return perCapita ? `${indicator.name}, per 100,000 population` : indicator.name;
}

export function viewSubtitle(view: ViewState, geos: ReadonlyMap<string, Pick<Geo, 'name'>>, sources: ReadonlyMap<string, Source>): string {
	const places = view.geo.length ? view.geo.map((id) => geos.get(id)?.name ?? id).join(', ') : 'All places with figures';
	const source = view.source ? sources.get(view.source) : undefined;
	return [
		places,
		view.population_group ? groupLabel(view.population_group as PopulationGroup) : 'all population groups',
		view.sex ? ({ total: 'both sexes', female: 'women and girls', male: 'men and boys' } as Record<Sex, string>)[view.sex as Sex] : null,
		source ? sourceShortLabel(source) : 'every source shown separately',
		view.years ? `${view.years[0]}–${view.years[1]}` : null
	]
		.filter(Boolean)
		.join(' · ');
}

export function viewNotes(
	rows: readonly Observation[],
	perCapita: PerCapitaResult | null,
	geos: ReadonlyMap<string, Pick<Geo, 'name'>>,
	sources: ReadonlyMap<string, Source>,
	selected: readonly string[] = []
): string[] {
	const name = (id: string) => geos.get(id)?.name ?? id;
	const notes: string[] = [];
	const empty = selected.filter((id) => !rows.some((o) => o.geo_id === id));
	if (empty.length && rows.length) notes.push(`No published figures in this view for ${empty.map(name).join(', ')}.`);
	if (perCapita) {
		for (const c of perCapita.censuses) {
			const source = sources.get(c.source_id);
			const others = c.alternatives.map((o) => o.value.toLocaleString('en-US')).join(', ');
			notes.push(
				`Rates for ${name(c.geo_id)} use the ${c.censusYear} census population, ${c.population.toLocaleString('en-US')}` +
					(source ? ` (${sourceShortLabel(source)})` : '') +
					(others ? `; another source gives ${others}` : '') +
					'.'
			);
		}
		for (const u of perCapita.unavailable) notes.push(`Not shown as a rate for ${name(u.geo_id)}: ${u.reason}.`);
	}
	const samples = rows.filter((o) => o.scope === 'sample').length;
	if (samples === 1) {
		notes.push('1 figure comes from selected sites or districts and does not describe the place it is coded to (dashed line, hollow markers).');
	} else if (samples > 1) {
		notes.push(`${samples} figures come from selected sites or districts and do not describe the places they are coded to (dashed lines, hollow markers).`);
	}
	const domains = [...new Set(rows.filter((o) => o.scope === 'grouped_domain').map((o) => o.reporting_domain ?? ''))];
	if (domains.length) {
		notes.push(
			`The survey reported some provinces together (${domains.map((d) => d.split('+').map(name).join(' + ')).join('; ')}): each carries the pair's value.`
		);
	}
	return notes;
}
