/** Small hand-made rows for the share tests (shapes of data/*.csv, values invented where noted). */
import type { Observation, Source } from '$lib/data/schema';
import { observationOf, sourceOf } from '../../support/rows';

export function obs(partial: Partial<Observation> & Pick<Observation, 'year' | 'value'>): Observation {
	return observationOf({ population_group: 'adults_15_49', source_id: 'unaids_2024', ...partial });
}

export const UNAIDS: Source = sourceOf({
	source_id: 'unaids_2024',
	title: 'AIDSinfo: HIV prevalence, adults (15-49)',
	publisher: 'UNAIDS',
	year: 2024,
	url: 'https://aidsinfo.unaids.org/',
	locator: 'Cambodia, 2000–2023',
	license: 'unknown',
	accessed: '2026-11-28'
});

export const WB: Source = sourceOf({
	source_id: 'wb_wdi_2017',
	title: 'Prevalence of HIV, total (% of population ages 15-49)',
	publisher: 'World Bank (series sourced from UNAIDS estimates)',
	year: 2017,
	url: 'https://data.worldbank.org/indicator/SH.DYN.AIDS.ZS?locations=KH',
	locator: null,
	license: 'CC BY 4.0',
	accessed: '2026-11-20'
});

export const GEO_NAMES: Record<string, string> = {
	KHM: 'Cambodia',
	'KH-1': 'Banteay Meanchey',
	'KH-2': 'Battambang',
	'KH-24': 'Pailin',
	'KH-9': 'Koh Kong',
	POIPET: 'Poipet'
};
export const geoName = (id: string) => GEO_NAMES[id] ?? id;
