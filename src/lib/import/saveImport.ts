/**
 * Keeps a checked import: a unique `import_<file>` name, the rows into DuckDB (all or nothing),
 * then the bytes and description into the browser's storage. If storing fails (quota, private
 * mode) the new table is dropped again, so DuckDB and storage never disagree; nothing that existed
 * before is touched either way.
 */
import { sqlIdentifier } from '$lib/db/sqlString';
import type { ImportMeta } from './importMeta';
import { importName } from './importName';
import { storeImport } from './importStore';
import { insertImport, tableNames, type ImportConnection } from './insertImport';
import { listImports } from './listImports';

export type NewImport = Omit<ImportMeta, 'name' | 'importedAt'>;

const CAP = 500;

export async function saveImport(conn: ImportConnection, about: NewImport, ipc: Uint8Array): Promise<ImportMeta> {
	const taken = [...(await tableNames(conn)), ...(await listImports()).map((m) => m.name)];
	const meta: ImportMeta = {
		...about,
		places: about.places.slice(0, CAP),
		indicators: about.indicators.slice(0, CAP),
		name: importName(about.fileName, taken),
		importedAt: new Date().toISOString()
	};
	await insertImport(conn, meta.name, ipc);
	try {
		await storeImport(meta, ipc);
	} catch (e) {
		await Promise.resolve(conn.query(`DROP TABLE IF EXISTS main.${sqlIdentifier(meta.name)}`)).catch(() => undefined);
		const why = e instanceof Error ? e.message : String(e);
		throw new Error(`The browser would not store the import (${why}), so it was not kept. Free some space or leave private browsing, then try again.`);
	}
	return meta;
}
