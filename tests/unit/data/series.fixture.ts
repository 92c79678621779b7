/** Builds Observation rows for tests with only the fields a test cares about. */
import type { Observation } from '$lib/data/schema';
import { observationOf } from '../../support/rows';

export function obs(partial: Partial<Observation>): Observation {
	return observationOf({ population_group: 'adults_15_49', year: 2000, ...partial });
}
