/**
 * Every import the user has kept in this browser, oldest first. Safe to call anywhere in the
 * browser (no DuckDB needed); returns [] where there is no IndexedDB (prerendering).
 */
import type { ImportMeta } from './importMeta';
import { storedMetas } from './importStore';

export async function listImports(): Promise<ImportMeta[]> {
	if (typeof indexedDB === 'undefined') return [];
	return storedMetas();
}
