import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// Where data artefacts are served from when not the site's own origin (e.g. https://cdn.example.org).
const dataOrigins = process.env.PUBLIC_DATA_BASE_URL ? [new URL(process.env.PUBLIC_DATA_BASE_URL).origin] : [];
const buildDir = process.env.SITE_BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// strict: a route that cannot be prerendered fails the build instead of silently missing.
		// SITE_BUILD_DIR / SITE_KIT_DIR let parallel builds (tests, benchmarks) use their own folders.
		adapter: adapter({ pages: buildDir, assets: buildDir, fallback: undefined, strict: true }),
		outDir: process.env.SITE_KIT_DIR ?? '.svelte-kit',
		// Own origin only. Prerendered pages get this as a <meta> tag with hashes for Kit's inline
		// bootstrap script. DuckDB compiles its wasm inside its worker, whose policy comes from the
		// worker script's own response, so pages need no 'wasm-unsafe-eval'. PUBLIC_DATA_BASE_URL lets the
		// data artefacts live on a CDN (see src/lib/db).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self', ...dataOrigins],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' }
	}
};

export default config;
