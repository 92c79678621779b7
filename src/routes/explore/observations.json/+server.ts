/**
 * Every published figure as JSON, for the explorer's fallback when DuckDB-WASM cannot start
 * (old browser, blocked WebAssembly, failed download): the same filter then runs in TypeScript.
 */
import { json } from '@sveltejs/kit';
import { loadCatalog } from '$lib/server/loadCatalog';

export const prerender = true;

export function GET() {
	return json(loadCatalog().observations);
}
