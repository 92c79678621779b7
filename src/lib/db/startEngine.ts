/**
 * Starts DuckDB-WASM in its Web Worker from the self-hosted bundles and opens an in-memory
 * database configured for range reads over HTTP and plain-number results. Browser only: loaded by
 * `connect.ts` through a dynamic import, never during prerender.
 */
import type { AsyncDuckDB } from '@duckdb/duckdb-wasm';

export interface EngineProgress {
	bytesLoaded: number;
	bytesTotal: number;
}

export async function startEngine(onProgress: (p: EngineProgress) => void): Promise<AsyncDuckDB> {
	if (typeof WebAssembly === 'undefined') {
		throw new Error('This browser has WebAssembly turned off or does not support it.');
	}
	const duckdb = await import('@duckdb/duckdb-wasm');
	const { BUNDLES } = await import('./bundles');
	const bundle = await duckdb.selectBundle(BUNDLES);
	const worker = new Worker(bundle.mainWorker!);
	// A worker that fails to load never answers, so instantiate() would wait forever: race it.
	const workerFailed = new Promise<never>((_, reject) => {
		worker.addEventListener('error', (e) => reject(new Error(`The database worker failed to start${e.message ? `: ${e.message}` : ''}.`)));
	});
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	try {
		await Promise.race([
			db.instantiate(bundle.mainModule, bundle.pthreadWorker, (p) =>
				onProgress({ bytesLoaded: p.bytesLoaded, bytesTotal: p.bytesTotal })
			),
			workerFailed
		]);
		await db.open({
			// All three together: range reads where the host supports them, one full GET where it
			// does not. Setting only some gives a misleading "database does not exist".
			filesystem: { reliableHeadRequests: true, allowFullHTTPReads: true, forceFullHTTPReads: false },
			query: { castBigIntToDouble: true, castDecimalToDouble: true }
		});
	} catch (error) {
		worker.terminate();
		throw error;
	}
	return db;
}
