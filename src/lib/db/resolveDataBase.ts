/**
 * Resolves the folder the data artefacts come from: an explicit override (a CDN or object store,
 * from PUBLIC_DATA_BASE_URL) or the site's own `<base>/data/`. Pure, so it is testable in Node.
 * The result is absolute and ends in `/`.
 */
export function resolveDataBase(pageUrl: string, override: string, basePath: string): string {
	const folder = override.trim() || `${basePath}/data/`;
	const absolute = new URL(folder, pageUrl).href;
	return absolute.endsWith('/') ? absolute : `${absolute}/`;
}
