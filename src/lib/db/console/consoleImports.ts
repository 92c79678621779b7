/**
 * The reader's kept imports in the console's engine, brought up to date whenever the console opens:
 * imports kept on /import/ since are loaded, imports removed there are dropped. Only tables this
 * module loaded are ever dropped, never one the reader made in the console under an import's name.
 */
import type { ImportConnection } from '$lib/import/insertImport';
import { loadImportsIntoDb, type LoadedImports } from '$lib/import/loadImportsIntoDb';
import { listImports } from '$lib/import/listImports';
import { sqlIdentifier } from '../sqlString';

export async function syncImports(conn: ImportConnection, loadedBefore: Set<string>): Promise<LoadedImports> {
	const kept = new Set((await listImports()).map((m) => m.name));
	for (const name of loadedBefore) {
		if (kept.has(name)) continue;
		await conn.query(`DROP TABLE IF EXISTS main.${sqlIdentifier(name)}`);
		loadedBefore.delete(name);
	}
	const result = await loadImportsIntoDb(conn);
	for (const name of result.loaded) loadedBefore.add(name);
	return result;
}

/** True when the SQL names one of the imports (so it must wait until they are loaded). */
export function mentionsImport(sql: string, names: Iterable<string>): boolean {
	const text = sql.toLowerCase();
	for (const name of names) if (text.includes(name.toLowerCase())) return true;
	return false;
}
