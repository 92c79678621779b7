import type { PeriodKind } from './period';

/**
 * Row types of the six tables in `data/`. Field names keep the CSV column names so that
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

/** stock: a level at a point in time; flow: a total over the period (compared only over equal spans). */
export const MEASURES = ['stock', 'flow'] as const;
export type Measure = (typeof MEASURES)[number];

/** What kind of publication a source is, from the primary statistics down to other secondary copies. */
export const SOURCE_KINDS = ['statistics', 'official', 'study', 'press', 'secondary'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const EVENT_KINDS = ['law_policy', 'border', 'health', 'conflict_disaster'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export interface Observation {
	indicator_id: string;
	geo_id: string;
	/** As written in the data: `2024`, `2025-S1`, `2025-07-24/2025-08-06` (see period.ts). */
	period: string;
	/** Derived by the build from `period`: first and last day covered (ISO dates, inclusive)… */
	period_start: string;
	period_end: string;
	/** …its form (`year`, `half`, `interval`, …)… */
	period_kind: PeriodKind;
	/** …and the year it ends, for filters, joins and year ranges. */
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
	/** Where in the source, when more precise than the source's locator. */
	locator: string | null;
	/** The source's own words stating the figure. */
	quote: string | null;
	/** How the figure was derived when the source does not print it as such. */
	derivation: string | null;
	note: string | null;
}

export interface Indicator {
	indicator_id: string;
	name: string;
	domain: Domain;
	unit: Unit;
	measure: Measure;
	/** Values are whole numbers of people or things. */
	integer: boolean | null;
	/** Plausible range; values outside fail the build and the importer. */
	min: number | null;
	max: number | null;
	definition: string;
	higher_is_better: boolean | null;
}

export interface Source {
	source_id: string;
	title: string;
	publisher: string;
	/** Publication date as the source shows it (`2024`, `2024-07`, `2024-07-08`); null when undated. */
	published: string | null;
	/** Derived from `published`: the publication year, or null. */
	year: number | null;
	kind: SourceKind;
	/** Groups successive editions of one estimate (`unaids_estimates`, `wdi`). */
	series: string | null;
	/** The round or release within `series`; sorts chronologically. */
	edition: string | null;
	/** The primary publication where one exists. */
	url: string;
	/** The page the figure was read on, when it is not the publication itself. */
	via_url: string | null;
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

/** A dated happening that annotates charts and the timeline: a law, a border episode, a conflict. */
export interface ObservatoryEvent {
	event_id: string;
	period: string;
	/** Derived from `period`, as for observations. */
	period_start: string;
	period_end: string;
	period_kind: PeriodKind;
	year: number;
	geo_id: string;
	kind: EventKind;
	title: string;
	description: string;
	/** Space-separated in the CSV; a list here. */
	source_ids: string[];
	indicator_ids: string[];
}

/** One published state of the data. */
export interface Release {
	release_id: string;
	date: string;
	summary: string;
}

export interface Tables {
	observations: Observation[];
	indicators: Indicator[];
	sources: Source[];
	geo: Geo[];
	events: ObservatoryEvent[];
	releases: Release[];
}

export type TableName = keyof Tables;
export const TABLE_NAMES: TableName[] = ['observations', 'indicators', 'sources', 'geo', 'events', 'releases'];
