/**
 * Shape of `static/data/manifest.json`, written by `npm run data`: what was built, from which
 * schema version, with content hashes (the browser versions the database URL with its hash).
 */
import type { TableName } from './schema';

export interface ManifestFile {
	/** Relative to the data folder, e.g. `observatory.duckdb`, `tables/geo.csv`. */
	path: string;
	bytes: number;
	sha256: string;
}

export interface Manifest {
	/** `version` of data/datapackage.json. */
	schemaVersion: string;
	/** ISO 8601 time of the build. */
	builtAt: string;
	tables: Record<TableName, { rows: number }>;
	warnings: number;
	files: ManifestFile[];
}

export const MANIFEST_FILE = 'manifest.json';
export const DATABASE_FILE = 'observatory.duckdb';
