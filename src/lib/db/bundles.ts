/**
 * The DuckDB-WASM bundles, self-hosted: Vite copies each wasm and worker file into the build and
 * gives us its URL, so nothing is fetched from a CDN. Both builds ship; `selectBundle` picks `eh`
 * (WebAssembly exceptions) where the browser supports it and `mvp` otherwise.
 * Import this module only from `startEngine.ts` (itself loaded lazily in the browser).
 */
import type { DuckDBBundles } from '@duckdb/duckdb-wasm';
import mvpModule from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehModule from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';

export const BUNDLES: DuckDBBundles = {
	mvp: { mainModule: mvpModule, mainWorker: mvpWorker },
	eh: { mainModule: ehModule, mainWorker: ehWorker }
};
