/**
 * The URL of a published data artefact (observatory.duckdb, manifest.json). By default the
 * site's own `/data/` folder; set PUBLIC_DATA_BASE_URL at build time to serve the artefacts
 * from a CDN or object store instead (that host must answer CORS and Range requests).
 */
import { base } from '$app/paths';
import * as publicEnv from '$env/static/public';
import { resolveDataBase } from './resolveDataBase';

// Kit only exports the variables that exist at build time, hence the lookup by name.
const override = (publicEnv as Record<string, string | undefined>).PUBLIC_DATA_BASE_URL ?? '';

/**
 * Absolute on purpose: DuckDB fetches from its worker, where a relative URL would resolve
 * against the worker script instead of the page.
 */
export function dataUrl(file: string, pageUrl: string = location.href): string {
	return new URL(file, resolveDataBase(pageUrl, override, base)).href;
}
