import { describe, expect, it } from 'vitest';
import { formatIssue } from '$lib/data/issue';
import { FIXTURES, located, validateFixture, type Located } from './fixturePackage';

const at = (fixture: string, table: string, line: number, column: number, message: string): Located => ({
	file: `${FIXTURES}/${fixture}/${table}.csv`,
	line,
	column,
	message
});

describe('validatePackage on the valid fixture', () => {
	it('finds nothing and returns typed tables', () => {
		const result = validateFixture('valid');
		expect(result.issues).toEqual([]);
		expect(result.tables?.observations).toHaveLength(5);
		expect(result.tables?.observations[0]).toMatchObject({ year: 2016, value: 3.2, lower: 1.75, upper: 5.75, reporting_domain: null });
		expect(result.tables?.indicators.map((i) => i.higher_is_better)).toEqual([false, true, null]);
		expect(result.tables?.sources[1].year).toBeNull();
	});
});

// One fixture per rule: the valid package plus one bad row (or a few, where a rule has cases).
const cases: [rule: string, fixture: string, expected: Located[]][] = [
	['types: integer and number (no thousands separators)', 'type', [
		at('type', 'observations', 8, 23, 'year: "20l9" is not an integer'),
		at('type', 'observations', 8, 38, 'value: "15,552,221" is not a number (write it without thousands separators)')
	]],
	['types: boolean', 'type-boolean', [at('type-boolean', 'indicators', 5, 98, 'higher_is_better: "yes" is not a boolean (true or false)')]],
	['types: date', 'type-date', [at('type-date', 'sources', 5, 85, 'accessed: "28/11/2026" is not a date (YYYY-MM-DD)')]],
	['required fields', 'required', [at('required', 'observations', 8, 35, 'value: required, but empty')]],
	['enums', 'enum', [at('enum', 'observations', 8, 50, 'unit: "percnt" is not one of: percent, count, rate_per_1000, rate_per_100000, usd')]],
	['every source has an http(s) URL', 'source-url', [at('source-url', 'sources', 5, 35, 'url: "www.example.org/post" does not match the pattern https?://[^\\s]+')]],
	['plausible year: not before 1980', 'year-minimum', [at('year-minimum', 'observations', 8, 20, 'year: 1975 is below the minimum 1980')]],
	['plausible year: not in the future', 'year-future', [at('year-future', 'observations', 8, 20, 'year: 2031 is in the future (after 2026)')]],
	['coordinates within range', 'coordinates', [at('coordinates', 'geo', 7, 36, 'lat: 103.55 is above the maximum 90')]],
	['percent within 0–100', 'percent-range', [at('percent-range', 'observations', 8, 44, 'value: 120 is outside 0–100 (unit percent)')]],
	['lower ≤ value ≤ upper, both bounds or neither', 'interval', [
		at('interval', 'observations', 8, 40, 'lower: 4.1 is above value 3.2'),
		at('interval', 'observations', 9, 45, 'upper: 2.9 is below value 3.2'),
		at('interval', 'observations', 10, 45, 'upper: empty while lower is 1.75 (give both bounds or neither)')
	]],
	['unique key', 'primary-key', [
		at('primary-key', 'observations', 8, 1, 'duplicate key (indicator_id, geo_id, year, population_group, sex, source_id) = ("hiv_prevalence", "KHM", 2016, "few", "female", "src_survey"): also on line 2')
	]],
	['indicator_id exists', 'indicator-ref', [at('indicator-ref', 'observations', 8, 1, 'indicator_id: "hiv_prevalance" is not in indicators.csv (column indicator_id)')]],
	['geo_id exists', 'geo-ref', [at('geo-ref', 'observations', 8, 16, 'geo_id: "KH-99" is not in geo.csv (column geo_id)')]],
	['source_id exists', 'source-ref', [at('source-ref', 'observations', 8, 49, 'source_id: "src_surveys" is not in sources.csv (column source_id)')]],
	["unit equals the indicator's unit", 'unit-mismatch', [
		at('unit-mismatch', 'observations', 8, 43, 'unit: "count" differs from indicators.csv, where indicator_id "hiv_prevalence" has unit "percent"')
	]],
	['geo parent_id exists', 'parent-ref', [at('parent-ref', 'geo', 7, 36, 'parent_id: "KH-22" is not in geo.csv (column geo_id)')]],
	['sources cited by places exist', 'geo-source', [at('geo-source', 'geo', 7, 51, 'source: cites "src_atlas", which is not in sources.csv (column source_id)')]],
	['grouped_domain ⇔ reporting_domain, which contains geo_id and known places', 'scope-domain', [
		at('scope-domain', 'observations', 8, 85, 'reporting_domain: empty, but scope is "grouped_domain" (name the provinces reported together, e.g. KH-2+KH-24)'),
		at('scope-domain', 'observations', 9, 75, 'reporting_domain: "KH-2+KH-24" given, but scope is "place" (only grouped_domain rows have one)'),
		at('scope-domain', 'observations', 10, 92, 'reporting_domain: "KH-2+KH-24" does not contain this row\'s geo_id "KH-1:poipet"'),
		at('scope-domain', 'observations', 11, 85, 'reporting_domain: member "KH-99" is not in geo.csv (column geo_id)')
	]],
	['header: unknown and missing columns', 'header', [
		at('header', 'observations', 1, 102, 'unknown column "comment" (not in datapackage.json)'),
		at('header', 'observations', 1, 109, 'missing column "scope"')
	]],
	['field count', 'field-count', [at('field-count', 'observations', 8, 59, 'row has 10 fields, the header has 13')]],
	['positions after quoted fields that span lines', 'multiline', [at('multiline', 'sources', 5, 49, 'year: "20x0" is not an integer')]],
	['malformed CSV', 'malformed', [at('malformed', 'observations', 8, 73, 'malformed CSV: Quoted field unterminated')]]
];

describe('validatePackage: one fixture per rule', () => {
	it.each(cases)('%s', (_rule, fixture, expected) => {
		const result = validateFixture(fixture);
		expect(located(result.issues)).toEqual(expected);
		expect(result.tables).toBeNull();
	});
});

describe('validatePackage: warnings', () => {
	it('reports unused indicators and sources as warnings, and still returns the tables', () => {
		const result = validateFixture('unused');
		expect(located(result.issues, 'warning')).toEqual([
			at('unused', 'indicators', 5, 1, 'indicator_id "tb_incidence" is not used by any observation'),
			at('unused', 'sources', 5, 1, 'source_id "src_unused" is not cited by any observation or place')
		]);
		expect(result.errors).toBe(0);
		expect(result.tables).not.toBeNull();
		expect(formatIssue(result.issues[0])).toBe(
			`${FIXTURES}/unused/indicators.csv:5:1: warning: indicator_id "tb_incidence" is not used by any observation`
		);
	});

	it('counts a source cited only by a place (geo.csv provenance) as used', () => {
		const result = validateFixture('valid');
		expect(result.warnings).toBe(0); // src_gazetteer is cited by geo.csv only
	});
});

describe('formatIssue', () => {
	it('prints file:line:column: message, as editors and CI link it', () => {
		const [issue] = validateFixture('percent-range').issues;
		expect(formatIssue(issue)).toBe(`${FIXTURES}/percent-range/observations.csv:8:44: value: 120 is outside 0–100 (unit percent)`);
	});
});
