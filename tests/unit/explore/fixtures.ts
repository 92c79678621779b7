/** Small hand-made rows for the explorer and place-profile tests. */
import type { Geo, Indicator, Observation, Source, Tables } from '$lib/data/schema';
import { indicatorOf, observationOf, sourceOf } from '../../support/rows';

export function obs(partial: Partial<Observation> & Pick<Observation, 'indicator_id' | 'geo_id' | 'value'>): Observation {
	return observationOf({ unit: 'count', ...partial });
}

export const census = (geo_id: string, year: number, value: number, extra: Partial<Observation> = {}) =>
	obs({ indicator_id: 'population_census', geo_id, year, value, source_id: 'census_src', ...extra });

const geo = (geo_id: string, name: string, level: Geo['level'], parent_id: string | null): Geo => ({
	geo_id,
	name,
	name_km: null,
	level,
	parent_id,
	lat: null,
	lon: null,
	source: 'test'
});

const indicator = (indicator_id: string, domain: Indicator['domain'], unit: Indicator['unit']): Indicator =>
	indicatorOf({ indicator_id, domain, unit });

const source = (source_id: string, publisher: string, year: number): Source => sourceOf({ source_id, publisher, year });

export function fixtureTables(observations: Observation[]): Tables {
	return {
		observations,
		indicators: [
			indicator('hiv_prevalence', 'health_outcome', 'percent'),
			indicator('skilled_birth_attendance', 'service_coverage', 'percent'),
			indicator('deportees_from_tha', 'border_migration', 'count'),
			indicator('returnees_from_tha_event', 'border_migration', 'count'),
			indicator('remittances_national_usd', 'border_migration', 'usd'),
			indicator('khm_workers_in_tha_est', 'border_migration', 'count'),
			indicator('ncct_cases', 'protection', 'count'),
			indicator('population_census', 'population', 'count')
		],
		sources: [
			source('src_a', 'Agency A', 2020),
			source('src_b', 'Agency B', 2021),
			source('census_src', 'National Institute of Statistics', 2020),
			source('iom_sitrep_20jun2014', 'IOM', 2014)
		],
		geo: [
			geo('KHM', 'Cambodia', 'country', null),
			geo('THA', 'Thailand', 'country', null),
			geo('KH-1', 'Banteay Meanchey', 'province', 'KHM'),
			geo('KH-2', 'Battambang', 'province', 'KHM'),
			geo('KH-1:poipet', 'Poipet', 'municipality', 'KH-1'),
			geo('KH-1:poipet-aranyaprathet', 'Poipet crossing', 'border_crossing', 'KH-1'),
			geo('KH-22:o-smach', 'O Smach', 'border_crossing', 'KH-22')
		],
		events: [],
		releases: []
	};
}
