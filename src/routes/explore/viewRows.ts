/**
 * Figures for one explorer view in the browser: from DuckDB-WASM when it starts, otherwise from
 * the published JSON filtered in TypeScript, so a failed engine never leaves the page blank.
 * Browser only: imported by +page.svelte, it loads DuckDB through a dynamic import.
 */
import { base } from '$app/paths';
import type { Observation } from '$lib/data/schema';
import { filterObservations, type ViewFilter } from '$lib/explore/filterObservations';

export type RowsOrigin = 'duckdb' | 'fallback';

export interface ViewRows {
	rows: Observation[];
	origin: RowsOrigin;
}

let fallbackRows: Promise<Observation[]> | undefined;

async function publishedRows(): Promise<Observation[]> {
	fallbackRows ??= fetch(`${base}/explore/observations.json`).then((r) => {
		if (!r.ok) throw new Error(`observations.json: HTTP ${r.status}`);
		return r.json() as Promise<Observation[]>;
	});
	return fallbackRows.catch((error) => {
		fallbackRows = undefined; // let a later view try again
		throw error;
	});
}

/** Starts DuckDB (once) without waiting; errors surface through dbStatus. */
export function warmUp(): void {
	import('$lib/db/connect').then(({ getDb }) => getDb()).catch(() => {});
}

/**
 * How long a view waits for DuckDB before it is filtered from the JSON instead. The engine keeps
 * starting; later views use it once it is ready. (A worker whose WebAssembly download dies can
 * leave the start pending for ever; a view must not wait with it.)
 */
export const ENGINE_WAIT_MS = 30_000;

const timeout = (ms: number) =>
	new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the data engine is taking too long')), ms));

export async function viewRows(view: ViewFilter): Promise<ViewRows> {
	try {
		return { rows: await engineRows(view), origin: 'duckdb' };
	} catch {
		return { rows: filterObservations(await publishedRows(), view), origin: 'fallback' };
	}
}

async function engineRows(view: ViewFilter): Promise<Observation[]> {
	const [{ appEngine }, { untilLost }, { exploreObservations }] = await Promise.all([
		import('$lib/db/connect'),
		import('$lib/db/engine'),
		import('$lib/db/queries/exploreObservations')
	]);
	const session = await Promise.race([appEngine.start(), timeout(ENGINE_WAIT_MS)]);
	try {
		return await untilLost(session, exploreObservations(session.conn, view));
	} catch (error) {
		// A query that broke the engine: the status offers a restart, and this view comes from the JSON.
		await appEngine.checkAfterError(error);
		throw error;
	}
}
