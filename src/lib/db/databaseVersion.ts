/**
 * The database file's content hash from the data build's manifest.json, to version its URL
 * (`observatory.duckdb?v=<hash>`). DuckDB reads the file in ranges; if a browser or CDN cache
 * mixed ranges of an old and a new file, the reads would be corrupt, so a new file gets a new URL.
 * Returns null for anything that is not a usable manifest (the file then opens unversioned).
 */
import { DATABASE_FILE, type Manifest } from '$lib/data/manifest';

export function databaseVersion(manifest: unknown): string | null {
	const files = (manifest as Partial<Manifest> | null)?.files;
	if (!Array.isArray(files)) return null;
	const sha = files.find((f) => f?.path === DATABASE_FILE)?.sha256;
	return typeof sha === 'string' && /^[0-9a-f]{64}$/i.test(sha) ? sha.slice(0, 16).toLowerCase() : null;
}
