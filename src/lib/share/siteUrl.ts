/**
 * The site's public address for links that leave the page (permalinks, embed code, citations).
 * In the browser it is the page's own origin plus the base path. Prerendered HTML cannot know
 * where it will be served, unless PUBLIC_SITE_URL is set at build time (e.g.
 * https://observatory.example.org); then readers without JavaScript get absolute links too.
 */
import * as publicEnv from '$env/static/public';

// Kit exports only variables set at build time; looking the name up keeps an unset one from failing the build.
const configured = String(Object.entries(publicEnv).find(([name]) => name === 'PUBLIC_SITE_URL')?.[1] ?? '');

/** The configured public URL without a trailing slash, or null. */
export const PUBLIC_SITE_URL: string | null = configured ? configured.replace(/\/+$/, '') : null;

/** In the browser: origin + base path of the running site. */
export function browserSiteUrl(base: string): string {
	return `${location.origin}${base}`;
}
