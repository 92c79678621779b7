/**
 * For pages that query imports (/import/, /sql/, /explore/): starts DuckDB if needed and loads the
 * kept imports into it, once per page session (single flight). Browser only — import this module
 * dynamically from onMount or an event handler, like $lib/db/connect:
 *
 *     const { ensureImportsLoaded } = await import('$lib/import/ensureImportsLoaded');
 *     await ensureImportsLoaded();
 */
import { getDb } from '$lib/db/connect';
import type { ImportConnection } from './insertImport';
import { loadImportsIntoDb, type LoadedImports } from './loadImportsIntoDb';

let loading: Promise<LoadedImports> | undefined;

export function ensureImportsLoaded(): Promise<LoadedImports> {
	loading ??= (async () => {
		const { conn } = await getDb();
		return loadImportsIntoDb(conn as unknown as ImportConnection);
	})();
	// A failed start may be retried by the next caller.
	loading.catch(() => (loading = undefined));
	return loading;
}
