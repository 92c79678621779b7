/**
 * Forgets an import: removes it from the browser's storage, then drops its DuckDB table if a
 * connection is given (the database may not be started on the page doing the removing). Only
 * `import_…` tables can be dropped this way, never the published ones.
 */
import { sqlIdentifier } from '$lib/db/sqlString';
import type { SqlConnection } from '$lib/db/arrowLike';
import { isImportName } from './importName';
import { unstoreImport } from './importStore';

export async function removeImport(name: string, conn?: SqlConnection): Promise<void> {
	if (!isImportName(name)) throw new Error(`Not an import: ${JSON.stringify(name)}`);
	await unstoreImport(name);
	if (conn) await conn.query(`DROP TABLE IF EXISTS main.${sqlIdentifier(name)}`);
}
