/**
 * Puts the user's kept imports into DuckDB as `import_<name>` tables (skipping any already there),
 * e.g. after a reload. One broken import does not stop the others; each failure is returned with
 * its reason so the page can say which import could not be loaded.
 */
import { insertImport, tableNames, type ImportConnection } from './insertImport';
import { listImports } from './listImports';
import { storedBytes } from './importStore';

export interface LoadedImports {
	loaded: string[];
	failed: { name: string; message: string }[];
}

export async function loadImportsIntoDb(conn: ImportConnection): Promise<LoadedImports> {
	const present = new Set(await tableNames(conn));
	const result: LoadedImports = { loaded: [], failed: [] };
	for (const meta of await listImports()) {
		if (present.has(meta.name)) {
			result.loaded.push(meta.name);
			continue;
		}
		try {
			const bytes = await storedBytes(meta.name);
			if (!bytes) throw new Error('its rows are missing from the browser storage');
			await insertImport(conn, meta.name, bytes);
			result.loaded.push(meta.name);
		} catch (e) {
			result.failed.push({ name: meta.name, message: e instanceof Error ? e.message : String(e) });
		}
	}
	return result;
}
