/**
 * The TypeScript enums in schema.ts give the app its literal types; datapackage.json is what the
 * build validates against. They must list the same values, or a figure could pass the build and
 * surprise the app (or the reverse).
 */
import { describe, expect, it } from 'vitest';
import { resourceFor } from '$lib/data/datapackage';
import { DOMAINS, EVENT_KINDS, GEO_LEVELS, MEASURES, POPULATION_GROUPS, SCOPES, SEXES, SOURCE_KINDS, UNITS, type TableName } from '$lib/data/schema';

const enumOf = (table: TableName, field: string) => resourceFor(table).schema.fields.find((f) => f.name === field)?.constraints?.enum;

describe('schema.ts enums agree with datapackage.json', () => {
	it.each([
		['observations', 'population_group', POPULATION_GROUPS],
		['observations', 'sex', SEXES],
		['observations', 'unit', UNITS],
		['observations', 'scope', SCOPES],
		['indicators', 'domain', DOMAINS],
		['indicators', 'unit', UNITS],
		['indicators', 'measure', MEASURES],
		['sources', 'kind', SOURCE_KINDS],
		['geo', 'level', GEO_LEVELS],
		['events', 'kind', EVENT_KINDS]
	] as const)('%s.%s', (table, field, values) => {
		expect(enumOf(table, field)).toEqual([...values]);
	});
});
