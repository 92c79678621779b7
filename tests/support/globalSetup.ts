/**
 * For the `site` test project: checks that `build/` exists (npm test builds it) and
 * serves it on a local port for the browser tests. The URL is passed as SITE_URL.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from './staticServer';
import { BUILD_DIR, builtFile } from './site';

export default async function setup(project: TestProject) {
	if (!existsSync(builtFile('index.html'))) {
		throw new Error(`${BUILD_DIR}/ is missing: run npm run build first (npm test does it for you)`);
	}
	const site = await startStaticServer({ root: BUILD_DIR });
	project.provide('siteUrl', site.url);
	return () => site.close();
}

declare module 'vitest' {
	export interface ProvidedContext {
		siteUrl: string;
	}
}
