/** Display names and one-line descriptions of the indicator domains. */
import type { Domain } from './schema';

export const DOMAIN_INFO: Record<Domain, { name: string; blurb: string }> = {
	health_outcome: {
		name: 'Health outcomes',
		blurb: 'HIV, sexually transmitted infections, tuberculosis, maternal and child mortality.'
	},
	service_coverage: {
		name: 'Service coverage',
		blurb: 'HIV testing and treatment, prevention of mother-to-child transmission, maternal care.'
	},
	border_migration: {
		name: 'Border and migration',
		blurb: 'Cambodians working in Thailand, returns and deportations through Poipet, remittances.'
	},
	protection: {
		name: 'Protection',
		blurb: 'Trafficking cases, prosecutions and people identified and assisted; children in residential care.'
	},
	population: {
		name: 'Population',
		blurb: 'Census counts and population estimates used as denominators.'
	}
};
