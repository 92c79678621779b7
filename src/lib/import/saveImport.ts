/**
 * Keeps a checked import: a unique `import_<file>` name, the bytes and description into the
 * browser's storage, then the rows into DuckDB (all or nothing). Storage goes first because
 * DuckDB-WASM takes the bytes over (transfers them to its worker); if the DuckDB load then fails,
 * the stored copy is removed again, so storage and DuckDB never disagree. Nothing that existed
 * before is touched either way.
 */
import type { ImportMeta } from './importMeta';
import { importName } from './importName';
import { storeImport, unstoreImport } from './importStore';
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
	try {
		await storeImport(meta, ipc);
	} catch (e) {
		const why = e instanceof Error ? e.message : String(e);
		throw new Error(`The browser would not store the import (${why}). Free some space or leave private browsing, then try again.`);
	}
	try {
		await insertImport(conn, meta.name, ipc);
	} catch (e) {
		await unstoreImport(meta.name).catch(() => undefined);
		throw e;
	}
	return meta;
}
