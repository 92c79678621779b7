/**
 * The Table Schema an imported figure is checked against: the build's own `observations`
 * resource from data/datapackage.json (types, enums, required fields), narrowed to the columns an
 * import has, with four deliberate differences, each because outside files are not our curated data:
 * - indicator_id keeps the publisher's code (SH.DYN.AIDS.ZS, HVA_EPI_INF_RT), so no id pattern;
 * - geo_id may be a place the observatory does not know (flagged by `geo_known`), so no pattern;
 * - year starts at 1900, not 1980 (WDI series start in 1960); the future is still rejected;
 * - unit may be unknown (empty), since many files do not say it; when given it must be a schema unit.
 * Duplicate keys are checked across the whole file by the importer, not per batch.
 */
import { resourceFor } from '$lib/data/datapackage';
import type { DataResource, Field } from '$lib/data/tableSchema';

export const IMPORT_FIELDS = ['indicator_id', 'geo_id', 'year', 'population_group', 'sex', 'value', 'lower', 'upper', 'unit'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const IMPORT_MIN_YEAR = 1900;

// Imports keep a year per figure (periods finer than a year come with the period-aware importer);
// the published data's `year` is derived from `period`, so the field is defined here.
const YEAR_FIELD: Field = { name: 'year', type: 'integer', title: 'Reference year', constraints: { required: true, minimum: 1980 } };

function relax(field: Field): Field {
	const constraints = { ...field.constraints };
	if (field.name === 'indicator_id' || field.name === 'geo_id') delete constraints.pattern;
	if (field.name === 'year') constraints.minimum = IMPORT_MIN_YEAR;
	if (field.name === 'unit') constraints.required = false;
	return { ...field, constraints };
}

export function importResource(observations: DataResource = resourceFor('observations')): DataResource {
	const fields = IMPORT_FIELDS.map((name) => {
		const field = name === 'year' ? YEAR_FIELD : observations.schema.fields.find((f) => f.name === name);
		if (!field) throw new Error(`datapackage.json observations has no field "${name}"`);
		return relax(field);
	});
	return {
		...observations,
		name: 'observations',
		schema: { fields, missingValues: observations.schema.missingValues }
	};
}
