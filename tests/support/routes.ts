/**
 * The routes of the built site, read from the prerendered output: every static page, and a
 * sample of each dynamic route (first and last entry) so whole-site checks stay fast.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BUILD_DIR } from './site';

function htmlPages(dir: string): string[] {
	const pages: string[] = [];
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) {
			if (name === '_app' || name === 'data') continue;
			pages.push(...htmlPages(path));
		} else if (name === 'index.html') {
			pages.push('/' + relative(BUILD_DIR, dir).split('\\').join('/') + (dir === BUILD_DIR ? '' : '/'));
		}
	}
	return pages.map((p) => p.replace(/^\/\/$/, '/'));
}

/** Pages under a dynamic parent (indicators/x/, places/x/, embed/x/, embed/border/x/) are sampled, per parent. */
export function sampledRoutes(): string[] {
	const all = htmlPages(BUILD_DIR).sort();
	const byParent = new Map<string, string[]>();
	const out: string[] = [];
	for (const page of all) {
		const parts = page.split('/').filter(Boolean);
		if (parts.length >= 2) {
			const parent = parts.slice(0, -1).join('/');
			byParent.set(parent, [...(byParent.get(parent) ?? []), page]);
		} else out.push(page);
	}
	for (const pages of byParent.values()) {
		out.push(pages[0]);
		if (pages.length > 1) out.push(pages[pages.length - 1]);
	}
	return [...new Set(out)];
}
