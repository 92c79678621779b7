/**
 * Editions of a repeated estimate. UNAIDS re-estimates every past year in each annual round and
 * each WDI release republishes the whole back-series, so two editions give two values for the
 * same year. Drawn together they would read as a change over time; they are a revision.
 *
 * A family is (indicator, place, group, sex, source `series`). Charts show only the latest
 * edition of each family (`splitEditions`); the revision view shows every edition of a family
 * that has more than one (`editionFamilies`). Figures whose source has no series are their own
 * thing and always shown.
 */
import type { Observation, Source } from './schema';

export type EditionSources = ReadonlyMap<string, Pick<Source, 'series' | 'edition'>>;

export interface EditionFamily {
	/** indicator|geo|group|sex|series */
	key: string;
	indicator_id: string;
	geo_id: string;
	population_group: Observation['population_group'];
	sex: Observation['sex'];
	series: string;
	/** Oldest first; the last is the one charts draw. */
	editions: { edition: string; source_ids: string[] }[];
	/** Every figure of every edition. */
	observations: Observation[];
}

export function familyKey(o: Observation, series: string): string {
	return [o.indicator_id, o.geo_id, o.population_group, o.sex, series].join('|');
}

/** Editions sort chronologically as written (`2017` < `2024` < `2024-03`), the rule sources.csv states. */
export const byEdition = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function editionOf(o: Observation, sources: EditionSources): { series: string; edition: string } | null {
	const s = sources.get(o.source_id);
	return s?.series && s.edition ? { series: s.series, edition: s.edition } : null;
}

/** The latest edition of every family among the figures. */
function latestByFamily(observations: readonly Observation[], sources: EditionSources): Map<string, string> {
	const latest = new Map<string, string>();
	for (const o of observations) {
		const e = editionOf(o, sources);
		if (!e) continue;
		const key = familyKey(o, e.series);
		const seen = latest.get(key);
		if (seen === undefined || byEdition(e.edition, seen) > 0) latest.set(key, e.edition);
	}
	return latest;
}

/**
 * `latest`: what charts draw (figures without a series, and each family's latest edition);
 * `earlier`: figures from earlier editions, left to the revision view. Order is kept.
 */
export function splitEditions(
	observations: readonly Observation[],
	sources: EditionSources
): { latest: Observation[]; earlier: Observation[] } {
	const latestEdition = latestByFamily(observations, sources);
	const latest: Observation[] = [];
	const earlier: Observation[] = [];
	for (const o of observations) {
		const e = editionOf(o, sources);
		if (!e || latestEdition.get(familyKey(o, e.series)) === e.edition) latest.push(o);
		else earlier.push(o);
	}
	return { latest, earlier };
}

/** Families with more than one edition among the figures, in first-seen order. */
export function editionFamilies(observations: readonly Observation[], sources: EditionSources): EditionFamily[] {
	const families = new Map<string, EditionFamily>();
	for (const o of observations) {
		const e = editionOf(o, sources);
		if (!e) continue;
		const key = familyKey(o, e.series);
		let family = families.get(key);
		if (!family) {
			family = {
				key,
				indicator_id: o.indicator_id,
				geo_id: o.geo_id,
				population_group: o.population_group,
				sex: o.sex,
				series: e.series,
				editions: [],
				observations: []
			};
			families.set(key, family);
		}
		family.observations.push(o);
		const edition = family.editions.find((x) => x.edition === e.edition);
		if (!edition) family.editions.push({ edition: e.edition, source_ids: [o.source_id] });
		else if (!edition.source_ids.includes(o.source_id)) edition.source_ids.push(o.source_id);
	}
	const multi = [...families.values()].filter((f) => f.editions.length > 1);
	for (const f of multi) f.editions.sort((a, b) => byEdition(a.edition, b.edition));
	return multi;
}
