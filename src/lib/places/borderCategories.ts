/**
 * How the border charts colour their figures: by what was counted and where (deportations through
 * Poipet, mass returns across all crossings, …), not by source. Each source is still its own
 * series, so points from different sources are never joined; the legend names the categories and
 * the tooltip and table name the source of every point.
 */
import type { Observation } from '$lib/data/schema';

export interface Category {
	key: string;
	label: string;
}

export const FLOW_CATEGORIES: readonly Category[] = [
	{ key: 'deportees_from_tha|KH-1:poipet-aranyaprathet', label: 'Deported through Poipet (year)' },
	{ key: 'deportees_from_tha|KHM', label: 'Deported, all crossings (year)' },
	{ key: 'returnees_from_tha_event|KH-1:poipet-aranyaprathet', label: 'Mass return through Poipet (episode)' },
	{ key: 'returnees_from_tha_event|KHM', label: 'Mass return from Thailand, all crossings (episode)' },
	{ key: 'returnees_from_abroad_event|KHM', label: 'COVID-19 returns from all countries (cumulative)' }
];

export const flowCategory = (o: Pick<Observation, 'indicator_id' | 'geo_id'>) => `${o.indicator_id}|${o.geo_id}`;

export const WORKER_CATEGORIES: readonly Category[] = [
	{ key: 'khm_workers_in_tha_est', label: 'All Cambodian workers in Thailand (estimate)' },
	{ key: 'khm_workers_in_tha_documented', label: 'With legal status' },
	{ key: 'khm_workers_in_tha_undocumented_est', label: 'Undocumented (estimate)' },
	{ key: 'khm_workers_tha_registration_drive', label: 'Registered in one registration window' }
];

export const REMITTANCE_CATEGORIES: readonly Category[] = [
	{ key: 'remittances_received_usd', label: 'International estimates (World Bank and others)' },
	{ key: 'remittances_national_usd', label: 'Reported by Cambodian authorities' }
];

export const byIndicator = (o: Pick<Observation, 'indicator_id'>) => o.indicator_id;
