/**
 * Human labels for codes: population groups (people-first wording), sex, scope, and short source
 * names that fit a chart legend while staying unambiguous among the sources shown together.
 */
import type { PopulationGroup, Scope, Sex, Source } from './schema';

const GROUPS: Record<PopulationGroup, string> = {
	all: 'All',
	adults_15_49: 'Adults aged 15–49',
	adults_15_plus: 'Adults aged 15+',
	children_0_14: 'Children aged 0–14',
	children_0_17: 'Children aged 0–17',
	children_under_5: 'Children under 5',
	few: 'Female entertainment workers',
	fsw: 'Female sex workers',
	pregnant_women: 'Pregnant women',
	hiv_exposed_infants: 'HIV-exposed infants',
	migrants: 'Migrants',
	returnees: 'Returning migrants'
};

/** Groups whose name already says the sex, so "female" is not repeated after them. */
const FEMALE_GROUPS = new Set<PopulationGroup>(['few', 'fsw', 'pregnant_women']);

export function groupLabel(group: PopulationGroup): string {
	return GROUPS[group] ?? group;
}

export function sexLabel(sex: Sex): string {
	return sex === 'total' ? 'both sexes' : sex === 'female' ? 'women and girls' : 'men and boys';
}

/** "Female sex workers", "Returning migrants (women and girls)", "Adults aged 15–49". */
export function groupSexLabel(group: PopulationGroup, sex: Sex): string {
	if (sex === 'total' || FEMALE_GROUPS.has(group)) return groupLabel(group);
	if (group === 'all') return sex === 'female' ? 'Women and girls' : 'Men and boys';
	return `${groupLabel(group)} (${sexLabel(sex)})`;
}

export const SAMPLE_SUFFIX = '(selected sites, not national)';

export function scopeLabel(scope: Scope, reportingDomain: string | null = null): string {
	if (scope === 'sample') return 'Selected sites only: not representative of the place';
	if (scope === 'grouped_domain') {
		return `Survey reported provinces together${reportingDomain ? ` (${reportingDomain.replaceAll('+', ' + ')})` : ''}`;
	}
	return 'Describes the place';
}

/** Publisher without parenthetical detail: "World Bank (series sourced from UNAIDS …)" → "World Bank". */
export function shortPublisher(publisher: string): string {
	const cut = publisher.split(/\s*[(;,]\s*/)[0].trim();
	const short = cut.length > 0 ? cut : publisher;
	return short.length > 38 ? `${short.slice(0, 36).trimEnd()}…` : short;
}

function yearText(year: number | null | undefined): string {
	return year === null || year === undefined || Number.isNaN(year) ? 'n.d.' : String(year);
}

/** "World Bank, 2024". */
export function sourceShortLabel(source: Pick<Source, 'publisher' | 'year'>): string {
	return `${shortPublisher(source.publisher)}, ${yearText(source.year)}`;
}

/**
 * Short labels for the sources shown together; where two would read the same, the start of the
 * title is added so a legend never shows two identical names for different sources.
 */
export function uniqueSourceLabels(sources: readonly Source[]): Map<string, string> {
	const labels = new Map(sources.map((s) => [s.source_id, sourceShortLabel(s)]));
	const counts = new Map<string, number>();
	for (const label of labels.values()) counts.set(label, (counts.get(label) ?? 0) + 1);
	for (const s of sources) {
		const label = labels.get(s.source_id)!;
		if ((counts.get(label) ?? 0) > 1) {
			const title = s.title.length > 28 ? `${s.title.slice(0, 26).trimEnd()}…` : s.title;
			labels.set(s.source_id, `${label}: ${title}`);
		}
	}
	return labels;
}

/** Full citation line: "Publisher (year). Title. Locator." */
export function sourceCitation(source: Source): string {
	const locator = source.locator ? ` ${source.locator}.` : '';
	return `${source.publisher} (${yearText(source.year)}). ${source.title}.${locator}`;
}
