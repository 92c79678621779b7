import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';

const lib = fileURLToPath(new URL('./src/lib', import.meta.url));

export default defineConfig({
	plugins: [svelte()],
	resolve: { alias: { $lib: lib } },
	test: {
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/render/**/*.test.ts', 'tests/scripts/**/*.test.ts'], environment: 'node' }
			},
			{
				extends: true,
				// build/ and e2e/ read the output of `npm run build`; scripts/test.mjs builds first.
				test: {
					name: 'site',
					include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/support/globalSetup.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
					fileParallelism: false
				}
			}
		]
	}
});
