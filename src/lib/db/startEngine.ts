/**
 * Starts DuckDB-WASM in its Web Worker from the self-hosted bundles and opens an in-memory
 * database configured for range reads over HTTP and, unless `exactNumbers`, plain-number results.
 * Browser only: loaded by `engine.ts` through a dynamic import, never during prerender.
 *
 * A failure inside the worker (the wasm missing, blocked or corrupt) is an unhandled rejection
 * there, which never reaches this page: `instantiate()` would simply never settle. So the wasm
 * URL is checked first, and a watchdog turns a start that stops making progress into an error.
 */
import type { AsyncDuckDB } from '@duckdb/duckdb-wasm';

export interface EngineProgress {
	bytesLoaded: number;
	bytesTotal: number;
}

/** Longest pause between two signs of life while starting (compiling 34 MB takes a few seconds). */
const STALL_MS = 45_000;

export async function startEngine(onProgress: (p: EngineProgress) => void, exactNumbers = false): Promise<AsyncDuckDB> {
	if (typeof WebAssembly === 'undefined') {
		throw new Error('This browser has WebAssembly turned off or does not support it.');
	}
	const duckdb = await import('@duckdb/duckdb-wasm');
	const { BUNDLES } = await import('./bundles');
	const bundle = await duckdb.selectBundle(BUNDLES);
	await assertDownloadable(bundle.mainModule);
	const worker = new Worker(bundle.mainWorker!);
	const watchdog = stallWatchdog(STALL_MS);
	worker.addEventListener('error', (e) => watchdog.fail(`The database worker failed${e.message ? `: ${e.message}` : ''}.`));
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	try {
		await Promise.race([
			db.instantiate(bundle.mainModule, bundle.pthreadWorker, (p) => {
				watchdog.alive();
				onProgress({ bytesLoaded: p.bytesLoaded, bytesTotal: p.bytesTotal });
			}),
			watchdog.failed
		]);
		await db.open({
			// All three together: range reads where the host supports them, one full GET where it
			// does not. Setting only some gives a misleading "database does not exist".
			filesystem: { reliableHeadRequests: true, allowFullHTTPReads: true, forceFullHTTPReads: false },
			query: { castBigIntToDouble: !exactNumbers, castDecimalToDouble: !exactNumbers }
		});
	} catch (error) {
		worker.terminate();
		throw error;
	} finally {
		watchdog.stop();
	}
	return db;
}

async function assertDownloadable(url: string): Promise<void> {
	let response: Response;
	try {
		response = await fetch(url, { method: 'HEAD' });
	} catch {
		throw new Error('The database engine could not be downloaded (network error).');
	}
	if (!response.ok) throw new Error(`The database engine could not be downloaded (HTTP ${response.status}).`);
}

function stallWatchdog(ms: number) {
	let timer: ReturnType<typeof setTimeout> | undefined;
	let reject: (error: Error) => void = () => {};
	const failed = new Promise<never>((_, r) => (reject = r));
	failed.catch(() => {}); // observed through Promise.race; never an unhandled rejection
	const fail = (message: string) => {
		clearTimeout(timer);
		reject(new Error(message));
	};
	const alive = () => {
		clearTimeout(timer);
		timer = setTimeout(() => fail('The database engine stopped responding while starting.'), ms);
	};
	alive();
	return { failed, alive, fail, stop: () => clearTimeout(timer) };
}
