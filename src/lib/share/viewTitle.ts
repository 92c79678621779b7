/**
 * Words for a view: the chart title (the indicator) and a subtitle that states the filters in
 * force, so an embedded or downloaded chart says what it is a chart of. The citation title joins
 * both ("HIV prevalence: Cambodia, adults aged 15–49, 2000–2021").
 */
import type { Indicator, Observation, PopulationGroup, Sex } from '$lib/data/schema';
import { groupSexLabel } from '$lib/data/labels';
import { unitLabel } from '$lib/data/format';
import type { ViewState } from '$lib/state/viewState';

export interface ViewTitle {
	title: string;
	subtitle: string;
	/** One line for citations and file metadata. */
	citation: string;
}

function years(rows: readonly Observation[]): string {
	if (rows.length === 0) return '';
	const ys = rows.map((o) => o.year);
	const [a, b] = [Math.min(...ys), Math.max(...ys)];
	return a === b ? String(a) : `${a}–${b}`;
}

function places(ids: string[], geoName: (id: string) => string): string {
	const names = ids.map(geoName);
	if (names.length <= 3) return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
	return `${names.length} places`;
}

export function viewTitle(
	indicator: Pick<Indicator, 'name' | 'unit'>,
	view: ViewState,
	rows: readonly Observation[],
	geoName: (id: string) => string
): ViewTitle {
	const shownGeos = [...new Set(rows.map((o) => o.geo_id))];
	const where = places(view.geo.length > 0 ? view.geo : shownGeos, geoName);
	const whole = view.population_group === 'all' && (view.sex ?? 'total') === 'total';
	const who = view.population_group !== null && !whole ? groupSexLabel(view.population_group as PopulationGroup, (view.sex ?? 'total') as Sex) : '';
	const unit = view.perCapita ? 'per 100,000 population' : unitLabel(indicator.unit);
	const when = view.years ? (view.years[0] === view.years[1] ? `${view.years[0]}` : `${view.years[0]}–${view.years[1]}`) : years(rows);
	const subtitle = [where, who, unit, when].filter(Boolean).join(' · ');
	// A citation names what, where and when, not the unit: "HIV prevalence: Cambodia, adults aged 15–49, 1990–2021".
	const citedWho = who && who.charAt(0).toLowerCase() + who.slice(1);
	const citedUnit = view.perCapita ? unit : '';
	const citation = `${indicator.name}: ${[where, citedWho, citedUnit, when].filter(Boolean).join(', ')}`;
	return { title: indicator.name, subtitle, citation };
}
