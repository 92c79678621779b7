/**
 * Row types of the four tables in `data/`. Field names keep the CSV column names so that
 * CSV, SQL and TypeScript read the same. The column rules themselves (types, enums, keys)
 * live in `data/datapackage.json`; `validateTable` applies them and produces these rows.
 */

export const DOMAINS = [
	'health_outcome',
	'service_coverage',
	'border_migration',
	'protection',
	'population'
] as const;
export type Domain = (typeof DOMAINS)[number];

export const UNITS = ['percent', 'count', 'rate_per_1000', 'rate_per_100000', 'usd'] as const;
export type Unit = (typeof UNITS)[number];

export const SEXES = ['total', 'female', 'male'] as const;
export type Sex = (typeof SEXES)[number];

export const POPULATION_GROUPS = [
	'all',
	'adults_15_49',
	'adults_15_plus',
	'children_0_14',
	'children_0_17',
	'children_under_5',
	'few',
	'fsw',
	'pregnant_women',
	'hiv_exposed_infants',
	'migrants',
	'returnees'
] as const;
export type PopulationGroup = (typeof POPULATION_GROUPS)[number];

/**
 * What a figure's `geo_id` stands for:
 * - `place`: the figure describes the place it is coded to;
 * - `sample`: it comes from selected sites, districts or provinces and does not represent the
 *   coded place (never draw it as the national value);
 * - `grouped_domain`: the survey reported several provinces together (`reporting_domain`).
 */
export const SCOPES = ['place', 'sample', 'grouped_domain'] as const;
export type Scope = (typeof SCOPES)[number];

export const GEO_LEVELS = ['country', 'province', 'municipality', 'border_crossing'] as const;
export type GeoLevel = (typeof GEO_LEVELS)[number];

export interface Observation {
	indicator_id: string;
	geo_id: string;
	year: number;
	population_group: PopulationGroup;
	sex: Sex;
	value: number;
	lower: number | null;
	upper: number | null;
	unit: Unit;
	source_id: string;
	scope: Scope;
	/** For `grouped_domain`: the provinces reported together, joined by `+` (e.g. `KH-2+KH-24`). */
	reporting_domain: string | null;
	note: string | null;
}

export interface Indicator {
	indicator_id: string;
	name: string;
	domain: Domain;
	unit: Unit;
	definition: string;
	higher_is_better: boolean | null;
}

export interface Source {
	source_id: string;
	title: string;
	publisher: string;
	/** Publication year; null when the source (e.g. a wiki page) has none. */
	year: number | null;
	url: string;
	locator: string | null;
	license: string;
	accessed: string;
}

export interface Geo {
	geo_id: string;
	name: string;
	name_km: string | null;
	level: GeoLevel;
	parent_id: string | null;
	lat: number | null;
	lon: number | null;
	source: string;
}

export interface Tables {
	observations: Observation[];
	indicators: Indicator[];
	sources: Source[];
	geo: Geo[];
}

export type TableName = keyof Tables;
export const TABLE_NAMES: TableName[] = ['observations', 'indicators', 'sources', 'geo'];
