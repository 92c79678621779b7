/**
 * The user's imported series for a view, in the browser: checks each `cmp` entry against the
 * imports this browser holds, loads the imports into DuckDB once, queries each entry, and says
 * why an entry cannot be drawn. Browser only (dynamic imports of DuckDB and the import store).
 */
import type { ImportMeta } from '$lib/import/importMeta';
import { missingEntries, splitEntry } from '$lib/explore/importSeries';
import type { DroppedParam } from '$lib/state/urlCodec';
import type { ViewFilter } from '$lib/explore/filterObservations';
import type { ImportedObservation } from '$lib/db/queries/importObservations';

export interface CompareResult {
	rows: ImportedObservation[];
	dropped: DroppedParam[];
}

export async function compareRows(compare: readonly string[], imports: readonly ImportMeta[], view: ViewFilter): Promise<CompareResult> {
	const dropped = missingEntries(compare, imports);
	const usable = compare.filter((c) => !dropped.some((d) => d.value === c));
	if (usable.length === 0) return { rows: [], dropped };
	const [{ ensureImportsLoaded }, { getDb }, { importObservations }] = await Promise.all([
		import('$lib/import/ensureImportsLoaded'),
		import('$lib/db/connect'),
		import('$lib/db/queries/importObservations')
	]);
	const loaded = await ensureImportsLoaded();
	const { conn } = await getDb();
	const rows: ImportedObservation[] = [];
	for (const value of usable) {
		const { table, code } = splitEntry(value);
		const failed = loaded.failed.find((f) => f.name === table);
		if (failed) {
			dropped.push({ param: 'cmp', value, reason: `the import could not be loaded: ${failed.message}` });
			continue;
		}
		rows.push(...(await importObservations(conn, table, code, view)));
	}
	return { rows, dropped };
}
