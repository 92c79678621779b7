/**
 * Observations → the figures a province map shows, pure. A map shows one snapshot: one year, one
 * source, one population group and sex, so neighbouring provinces are never coloured from
 * different surveys. `provinceSnapshots` lists the snapshots that exist (most provinces first,
 * then latest); `toMapValues` turns one into map rows with a short source label.
 */
import type { Geo, Observation, PopulationGroup, Sex } from '$lib/data/schema';
import type { MapPoint } from './placeMap';
import type { MapValue } from './mapUnits';

export interface ProvinceSnapshot {
	key: string;
	year: number;
	source_id: string;
	population_group: PopulationGroup;
	sex: Sex;
	/** Province-level rows of this snapshot (selected-sites samples included; the map lists them as not mapped). */
	observations: Observation[];
	/** Provinces with a figure that can be mapped (not a sample). */
	mappable: number;
}

const PROVINCE = /^KH-\d+$/;

export function provinceSnapshots(observations: readonly Observation[]): ProvinceSnapshot[] {
	const byKey = new Map<string, ProvinceSnapshot>();
	for (const o of observations) {
		if (!PROVINCE.test(o.geo_id)) continue;
		const key = [o.year, o.source_id, o.population_group, o.sex].join('|');
		let s = byKey.get(key);
		if (!s) {
			s = { key, year: o.year, source_id: o.source_id, population_group: o.population_group, sex: o.sex, observations: [], mappable: 0 };
			byKey.set(key, s);
		}
		s.observations.push(o);
		if (o.scope !== 'sample') s.mappable += 1;
	}
	return [...byKey.values()].sort((a, b) => b.mappable - a.mappable || b.year - a.year || a.key.localeCompare(b.key));
}

export function toMapValues(
	observations: readonly Observation[],
	sourceOf: (source_id: string) => { label: string; url?: string | null }
): MapValue[] {
	return observations.map((o) => {
		const source = sourceOf(o.source_id);
		return {
			geo_id: o.geo_id,
			value: o.value,
			lower: o.lower,
			upper: o.upper,
			year: o.year,
			source: source.label,
			source_url: source.url ?? null,
			scope: o.scope,
			reporting_domain: o.reporting_domain,
			population_group: o.population_group,
			note: o.note
		};
	});
}

/** Labels readers know the places by, where the gazetteer name leads with another form. */
const POINT_LABELS: Record<string, string> = { 'KH-1:serei-saophoan': 'Sisophon' };

/**
 * Towns and border crossings of the gazetteer as map points, each with a short label: the known
 * form, else the name without parentheses; a crossing by its Cambodian side ("O'Smach").
 */
export function toMapPoints(geo: readonly Geo[]): MapPoint[] {
	return geo.flatMap((g) => {
		if ((g.level !== 'municipality' && g.level !== 'border_crossing') || g.lat === null || g.lon === null) return [];
		const plain = g.name.replace(/\s*\([^)]*\)/g, '');
		const label = POINT_LABELS[g.geo_id] ?? (g.level === 'border_crossing' ? plain.split('–')[0] : plain);
		return [{ geo_id: g.geo_id, name: g.name, level: g.level, lat: g.lat, lon: g.lon, label }];
	});
}

/** Fewest provinces with a mappable figure for a map to be worth drawing (else the table says it all). */
export const MIN_MAPPED_PROVINCES = 3;

/**
 * The snapshot an indicator page maps, or null: the one covering most provinces (then latest).
 * Counts are not mapped: shading provinces by a total mostly shows their size, so the page's
 * province comparison (dots) presents them instead.
 */
export function chooseSnapshot(observations: readonly Observation[]): ProvinceSnapshot | null {
	const rows = observations.filter((o) => o.unit !== 'count' && o.unit !== 'usd');
	const best = provinceSnapshots(rows)[0];
	return best && best.mappable >= MIN_MAPPED_PROVINCES ? best : null;
}
