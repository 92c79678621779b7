/** Headings for the five domains of indicators.csv, in reading order. */
import type { Domain } from '$lib/data/schema';

const LABELS: Record<Domain, string> = {
	health_outcome: 'Health outcomes',
	service_coverage: 'Service coverage',
	border_migration: 'Border and migration',
	protection: 'Protection',
	population: 'Population'
};

export function domainLabel(domain: Domain): string {
	return LABELS[domain] ?? domain;
}
