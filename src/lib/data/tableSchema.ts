/**
 * Types for the part of the Frictionless Data Package / Table Schema specs that
 * `data/datapackage.json` uses (https://specs.frictionlessdata.io/). Only what the validator reads.
 */

export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

export interface FieldConstraints {
	required?: boolean;
	unique?: boolean;
	enum?: (string | number | boolean)[];
	/** Matched against the whole cell (Table Schema patterns are implicitly anchored). */
	pattern?: string;
	minimum?: number;
	maximum?: number;
	minLength?: number;
	maxLength?: number;
}

export interface Field {
	name: string;
	type: FieldType;
	title?: string;
	description?: string;
	format?: string;
	trueValues?: string[];
	falseValues?: string[];
	constraints?: FieldConstraints;
}

export interface ForeignKey {
	fields: string | string[];
	/** `resource: ""` points at the same table (e.g. geo.parent_id → geo.geo_id). */
	reference: { resource: string; fields: string | string[] };
}

export interface TableSchema {
	fields: Field[];
	missingValues?: string[];
	primaryKey?: string | string[];
	foreignKeys?: ForeignKey[];
}

export interface DataResource {
	name: string;
	path: string;
	title?: string;
	description?: string;
	schema: TableSchema;
}

export interface DataPackage {
	name: string;
	version: string;
	title?: string;
	resources: DataResource[];
}

export function asList(fields: string | string[] | undefined): string[] {
	if (fields === undefined) return [];
	return typeof fields === 'string' ? [fields] : fields;
}
