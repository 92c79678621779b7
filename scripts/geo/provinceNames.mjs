/**
 * English names of Cambodia's provinces by ISO 3166-2 code, as shown on the dashboard.
 *
 * Natural Earth's own name fields are not used for display: `name_en` of KH-5 is truncated to
 * "Kam", KH-18 is "Sihanoukville" and KH-24 "Krong Pailin" (their old municipality status).
 * These names match `data/geo.csv` (see /work/shared/data/GEO.md §4).
 */
export const PROVINCE_NAMES = {
	'KH-1': 'Banteay Meanchey',
	'KH-2': 'Battambang',
	'KH-3': 'Kampong Cham',
	'KH-4': 'Kampong Chhnang',
	'KH-5': 'Kampong Speu',
	'KH-6': 'Kampong Thom',
	'KH-7': 'Kampot',
	'KH-8': 'Kandal',
	'KH-9': 'Koh Kong',
	'KH-10': 'Kratie',
	'KH-11': 'Mondulkiri',
	'KH-12': 'Phnom Penh',
	'KH-13': 'Preah Vihear',
	'KH-14': 'Prey Veng',
	'KH-15': 'Pursat',
	'KH-16': 'Ratanakiri',
	'KH-17': 'Siem Reap',
	'KH-18': 'Preah Sihanouk',
	'KH-19': 'Stung Treng',
	'KH-20': 'Svay Rieng',
	'KH-21': 'Takeo',
	'KH-22': 'Oddar Meanchey',
	'KH-23': 'Kep',
	'KH-24': 'Pailin'
};

/**
 * Tboung Khmum (KH-25) was split from Kampong Cham by royal decree of 2013-12-31; Natural Earth
 * still has the pre-2014 polygon. No geometry is invented for KH-25: KH-3 says it includes it.
 */
export const EXTRA_PROPERTIES = {
	'KH-3': {
		includes: 'KH-25',
		note: 'Natural Earth polygon has the pre-2014 extent: it still includes Tboung Khmum (KH-25), split off on 2013-12-31'
	}
};

/** world-atlas numeric ids (ISO 3166-1 numeric) of the countries drawn for context. */
export const NEIGHBOURS = {
	'116': { id: 'KHM', name: 'Cambodia' },
	'764': { id: 'THA', name: 'Thailand' },
	'418': { id: 'LAO', name: 'Laos' },
	'704': { id: 'VNM', name: 'Vietnam' }
};
