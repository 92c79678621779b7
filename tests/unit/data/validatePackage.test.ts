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
		expect(result.tables?.observations[0]).toMatchObject({
			period: '2016',
			period_start: '2016-01-01',
			period_end: '2016-12-31',
			period_kind: 'year',
			year: 2016,
			value: 3.2,
			lower: 1.75,
			upper: 5.75,
			reporting_domain: null
		});
		expect(result.tables?.indicators.map((i) => i.higher_is_better)).toEqual([false, true, null]);
		expect(result.tables?.sources[0]).toMatchObject({ published: '2019', year: 2019, kind: 'statistics', via_url: null });
		expect(result.tables?.sources[1].year).toBeNull();
		expect(result.tables?.events[0]).toMatchObject({ period_start: '2014-06-01', period_end: '2014-06-30', source_ids: ['src_survey'], indicator_ids: ['hiv_prevalence'] });
	});
});

// One fixture per rule: the valid package plus one bad row (or a few, where a rule has cases).
const cases: [rule: string, fixture: string, expected: Located[]][] = [
	['types: integer and number (no thousands separators)', 'type', [
		at('type', 'observations', 8, 23, 'period: "20l9" is not a period (write 2024, 2025-S1, 2025-Q3, 2025-07, 2025-W30, 2025-07-24 or an interval such as 2025-07-24/2025-08-06)'),
		at('type', 'observations', 8, 38, 'value: "15,552,221" is not a number (write it without thousands separators)')
	]],
	['types: boolean', 'type-boolean', [at('type-boolean', 'indicators', 5, 107, 'higher_is_better: "yes" is not a boolean (true or false)')]],
	['types: date', 'type-date', [at('type-date', 'sources', 5, 99, 'accessed: "28/11/2026" is not a date (YYYY-MM-DD)')]],
	['required fields', 'required', [at('required', 'observations', 8, 35, 'value: required, but empty')]],
	['enums', 'enum', [at('enum', 'observations', 8, 50, 'unit: "percnt" is not one of: percent, count, rate_per_1000, rate_per_100000, usd')]],
	['every source has an http(s) URL', 'source-url', [at('source-url', 'sources', 5, 48, 'url: "www.example.org/post" does not match the pattern https?://[^\\s]+')]],
	['period: one of the accepted forms, start ≤ end, over by today', 'period-form', [
		at('period-form', 'observations', 8, 20, 'period: month 13 does not exist'),
		at('period-form', 'observations', 9, 20, 'period: week 53 does not exist in 2025'),
		at('period-form', 'observations', 10, 20, 'period: interval "2025-08/2025-07" ends before it starts'),
		at('period-form', 'observations', 11, 20, 'period: 2025-02-30 is not a date'),
		at('period-form', 'observations', 12, 20, 'period: "H1 2025" is not a period (write 2024, 2025-S1, 2025-Q3, 2025-07, 2025-W30, 2025-07-24 or an interval such as 2025-07-24/2025-08-06)'),
		at('period-form', 'observations', 13, 20, 'period: "2026" ends on 2026-12-31, after today (2026-12-01); write the part that is over, e.g. 2026-01-01/2026-12-01')
	]],
	['plausible period: not before 1980', 'period-minimum', [at('period-minimum', 'observations', 8, 20, 'period: "1975" starts before 1980')]],
	['plausible period: not in the future', 'period-future', [at('period-future', 'observations', 8, 20, 'period: "2031" is in the future (after 2026-12-01)')]],
	['finite numbers only (1e400 would be Infinity)', 'finite', [
		at('finite', 'observations', 8, 38, 'value: "1e400" is not a finite number'),
		at('finite', 'observations', 9, 39, 'lower: "-1e400" is not a finite number'),
		at('finite', 'observations', 9, 46, 'upper: "1e400" is not a finite number')
	]],
	["plausible values: counts non-negative and whole, within the indicator's range", 'plausible-value', [
		at('plausible-value', 'observations', 8, 39, 'value: -678033 is negative (a count cannot be)'),
		at('plausible-value', 'observations', 9, 39, 'value: 12.5 is not a whole number (the indicator counts people or things)'),
		at('plausible-value', 'observations', 10, 42, 'value: 5000 is above the plausible maximum 400')
	]],
	['the quote states the value, unless a derivation says how it was derived', 'quote', [
		at('quote', 'observations', 9, 68, "quote: does not state the value 0.7 (quote the source's words that give it, or say in derivation how it was derived)")
	]],
	['series ⇔ edition; no source published in the future', 'source-edition', [
		at('source-edition', 'sources', 5, 71, 'edition: empty while series is "wdi" (give the round or release date)'),
		at('source-edition', 'sources', 6, 51, 'published: "2031-05" is in the future (after 2026-12-01)'),
		at('source-edition', 'sources', 6, 70, 'series: empty while edition is "2024-03" (an edition belongs to a series)')
	]],
	['events: place, sources and charts exist, period is valid', 'event-ref', [
		at('event-ref', 'events', 3, 28, 'geo_id: "KH-99" is not in geo.csv (column geo_id)'),
		at('event-ref', 'events', 3, 87, 'source_ids: "src_iom" is not in sources.csv'),
		at('event-ref', 'events', 3, 106, 'indicator_ids: "returnees" is not in indicators.csv'),
		at('event-ref', 'events', 4, 14, 'period: 2025-06-31 is not a date')
	]],
	['coordinates within range', 'coordinates', [at('coordinates', 'geo', 7, 36, 'lat: 103.55 is above the maximum 90')]],
	['percent within 0–100', 'percent-range', [at('percent-range', 'observations', 8, 44, 'value: 120 is outside 0–100 (unit percent)')]],
	['lower ≤ value ≤ upper, both bounds or neither', 'interval', [
		at('interval', 'observations', 8, 40, 'lower: 4.1 is above value 3.2'),
		at('interval', 'observations', 9, 45, 'upper: 2.9 is below value 3.2'),
		at('interval', 'observations', 10, 45, 'upper: empty while lower is 1.75 (give both bounds or neither)')
	]],
	['unique key', 'primary-key', [
		at('primary-key', 'observations', 8, 1, 'duplicate key (indicator_id, geo_id, period, population_group, sex, source_id) = ("hiv_prevalence", "KHM", "2016", "few", "female", "src_survey"): also on line 2')
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
		at('header', 'observations', 1, 129, 'unknown column "comment" (not in datapackage.json)'),
		at('header', 'observations', 1, 136, 'missing column "scope"')
	]],
	['field count', 'field-count', [at('field-count', 'observations', 8, 59, 'row has 10 fields, the header has 16')]],
	['positions after quoted fields that span lines', 'multiline', [at('multiline', 'sources', 5, 49, 'published: "20x0" does not match the pattern [0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?')]],
	['malformed CSV', 'malformed', [at('malformed', 'observations', 8, 76, 'malformed CSV: Quoted field unterminated')]]
];

describe('validatePackage: one fixture per rule', () => {
	it.each(cases)('%s', (_rule, fixture, expected) => {
		const result = validateFixture(fixture);
		expect(located(result.issues)).toEqual(expected);
		expect(result.tables).toBeNull();
	});
});

describe('validatePackage: warnings', () => {
	it('flags a percent of 1 or less that reads as a proportion among larger figures of its series', () => {
		const result = validateFixture('percent-scale');
		expect(located(result.issues, 'warning')).toEqual([
			at('percent-scale', 'observations', 9, 45, 'value: 0.71% beside 44% on line 8 in the same series: a proportion typed for a percent?')
		]);
		expect(result.tables).not.toBeNull();
	});

	it('reports unused indicators and sources as warnings, and still returns the tables', () => {
		const result = validateFixture('unused');
		expect(located(result.issues, 'warning')).toEqual([
			at('unused', 'indicators', 5, 1, 'indicator_id "tb_incidence" is not used by any observation'),
			at('unused', 'sources', 5, 1, 'source_id "src_unused" is not cited by any observation, place or event')
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
