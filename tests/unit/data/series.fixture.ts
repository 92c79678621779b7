/** Builds Observation rows for tests with only the fields a test cares about. */
import type { Observation } from '$lib/data/schema';

export function obs(partial: Partial<Observation>): Observation {
	return {
		indicator_id: 'hiv_prevalence',
		geo_id: 'KHM',
		year: 2000,
		population_group: 'adults_15_49',
		sex: 'total',
		value: 1,
		lower: null,
		upper: null,
		unit: 'percent',
		source_id: 'src_a',
		scope: 'place',
		reporting_domain: null,
		note: null,
		...partial
	};
}
