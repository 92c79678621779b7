/**
 * The URL of a published data artefact (observatory.duckdb, manifest.json). By default the
 * site's own `/data/` folder; set PUBLIC_DATA_BASE_URL at build time to serve the artefacts
 * from a CDN or object store instead (that host must answer CORS and Range requests).
 */
import { base } from '$app/paths';
import * as publicEnv from '$env/static/public';
import { resolveDataBase } from './resolveDataBase';

// Kit only exports the variables that are set at build time; looking the name up among the
// entries (rather than importing it) keeps an unset variable from being a build warning.
const override: string = Object.entries(publicEnv as Record<string, string>).find(([name]) => name === 'PUBLIC_DATA_BASE_URL')?.[1] ?? '';

/**
 * Absolute on purpose: DuckDB fetches from its worker, where a relative URL would resolve
 * against the worker script instead of the page.
 */
export function dataUrl(file: string, pageUrl: string = location.href): string {
	return new URL(file, resolveDataBase(pageUrl, override, base)).href;
}
