/**
 * Figures → the units a province map draws, pure. A unit is what a reader can point at: one
 * province, or a survey domain that reported several provinces together (one value, one tooltip,
 * no border drawn inside it). Every one of the 24 polygons belongs to exactly one unit; provinces
 * without a figure are units with `figure: null` ("No data", never interpolated).
 *
 * Not mapped: figures from selected-sites samples (colouring the whole province would claim they
 * describe it) and places that are not provinces. Tboung Khmum (KH-25) has no polygon: when it
 * has its own figure, the KH-3 polygon is not coloured and lists both figures (`split`).
 */
import type { PopulationGroup, Scope } from '$lib/data/schema';
import { MERGED_PROVINCE, UNDRAWN_PROVINCE, provinceFeatures, provinceMapName } from './geometry';

export interface MapValue {
	geo_id: string;
	value: number;
	lower: number | null;
	upper: number | null;
	year: number;
	/** Short source label for tooltips and the table, e.g. "CDHS 2010". */
	source: string;
	source_url?: string | null;
	scope: Scope;
	/** For grouped survey domains: the provinces reported together, e.g. "KH-2+KH-24". */
	reporting_domain: string | null;
	population_group?: PopulationGroup;
	note?: string | null;
}

export interface MapUnit {
	/** Province id, or the domain's ids joined by "+" (e.g. "KH-2+KH-24"). */
	key: string;
	/** Polygons drawn for this unit. */
	ids: string[];
	name: string;
	/** A survey domain of several provinces. */
	grouped: boolean;
	/** The figure that colours the unit; null = no data (or `split`). */
	figure: MapValue | null;
	/** KH-3 when Kampong Cham and Tboung Khmum have separate figures: shown, not coloured. */
	split: MapValue[] | null;
	/** A warning to show with the figure. */
	caveat: string | null;
}

export interface NotMapped {
	value: MapValue;
	reason: string;
}

const DRAWN = new Set(provinceFeatures.map((f) => f.id));
const byIsoNumber = (a: string, b: string) => Number(a.slice(3)) - Number(b.slice(3));

/** Tboung Khmum became a province on 2013-12-31: later Kampong Cham figures exclude it. */
const SPLIT_YEAR = 2014;

export function mapUnits(values: readonly MapValue[]): { units: MapUnit[]; notMapped: NotMapped[] } {
	const notMapped: NotMapped[] = [];
	const byGeo = new Map<string, MapValue>();
	for (const v of values) {
		if (byGeo.has(v.geo_id)) {
			throw new Error(`mapUnits: two figures for ${v.geo_id}; pick one year and source per province before mapping`);
		}
		byGeo.set(v.geo_id, v);
		if (v.scope === 'sample') notMapped.push({ value: v, reason: 'selected sites only, does not describe the province' });
		else if (!DRAWN.has(v.geo_id) && v.geo_id !== UNDRAWN_PROVINCE) notMapped.push({ value: v, reason: 'not a province' });
	}
	const usable = (id: string) => {
		const v = byGeo.get(id);
		return v && v.scope !== 'sample' ? v : undefined;
	};

	const units: MapUnit[] = [];
	const assigned = new Set<string>();
	for (const v of byGeo.values()) {
		if (v.scope !== 'grouped_domain' || !v.reporting_domain || assigned.has(v.geo_id)) continue;
		const ids = v.reporting_domain.split('+').filter((id) => DRAWN.has(id)).sort(byIsoNumber);
		for (const id of ids) {
			const other = usable(id);
			if (other && other.value !== v.value) {
				throw new Error(`mapUnits: ${id} and ${v.geo_id} share domain ${v.reporting_domain} but differ in value`);
			}
			assigned.add(id);
		}
		const name = ids.map(provinceMapName).join(' + ');
		units.push({ key: ids.join('+'), ids, name, grouped: ids.length > 1, figure: v, split: null, caveat: null });
	}

	for (const id of [...DRAWN].sort(byIsoNumber)) {
		if (assigned.has(id)) continue;
		const figure = usable(id) ?? null;
		if (id === MERGED_PROVINCE) {
			const kh25 = usable(UNDRAWN_PROVINCE);
			if (kh25) {
				const split = figure ? [figure, kh25] : [kh25];
				units.push({ key: id, ids: [id], name: 'Kampong Cham and Tboung Khmum', grouped: false, figure: null, split,
					caveat: 'Published separately; this map has no boundary between the two provinces, so the area is not coloured.' });
				continue;
			}
			const caveat = figure && figure.year >= SPLIT_YEAR
				? 'Figure for Kampong Cham without Tboung Khmum (a separate province since 2014); the outline still includes it.'
				: null;
			units.push({ key: id, ids: [id], name: provinceMapName(id), grouped: false, figure, split: null, caveat });
			continue;
		}
		units.push({ key: id, ids: [id], name: provinceMapName(id), grouped: false, figure, split: null, caveat: null });
	}
	units.sort((a, b) => a.name.localeCompare(b.name, 'en'));
	return { units, notMapped };
}
