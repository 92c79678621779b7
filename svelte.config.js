import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

const buildDir = process.env.SITE_BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// strict: a route that cannot be prerendered fails the build instead of silently missing.
		// SITE_BUILD_DIR / SITE_KIT_DIR let parallel builds (tests, benchmarks) use their own folders.
		adapter: adapter({ pages: buildDir, assets: buildDir, fallback: undefined, strict: true }),
		outDir: process.env.SITE_KIT_DIR ?? '.svelte-kit',
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' }
	}
};

export default config;
