/**
 * A throwaway copy of a built site with some data artefacts replaced (a synthetic database for
 * the benchmark, a corrupt one for the resilience tests), without copying the 70 MB of wasm:
 * every entry is a symlink into the original build except the replaced files. The manifest's
 * entry for a replaced file gets its new size and hash, as the data build would write it.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Manifest } from '../../src/lib/data/manifest';

export interface SiteVariant {
	root: string;
	remove(): void;
}

/** `replace` maps a path inside `data/` (e.g. `observatory.duckdb`) to the file to serve instead. */
export function siteVariant(buildDir: string, replace: Record<string, string>): SiteVariant {
	const source = resolve(buildDir);
	const root = mkdtempSync(join(tmpdir(), 'site-variant-'));
	for (const entry of readdirSync(source)) {
		if (entry !== 'data') symlinkSync(join(source, entry), join(root, entry));
	}
	mkdirSync(join(root, 'data'));
	for (const entry of readdirSync(join(source, 'data'))) {
		if (!(entry in replace) && entry !== 'manifest.json') symlinkSync(join(source, 'data', entry), join(root, 'data', entry));
	}
	for (const [path, file] of Object.entries(replace)) copyFileSync(file, join(root, 'data', path));
	const manifestPath = join(source, 'data', 'manifest.json');
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
	for (const entry of manifest.files) {
		if (entry.path in replace) {
			const bytes = readFileSync(join(root, 'data', entry.path));
			entry.bytes = bytes.length;
			entry.sha256 = createHash('sha256').update(bytes).digest('hex');
		}
	}
	writeFileSync(join(root, 'data', 'manifest.json'), JSON.stringify(manifest, null, '\t'));
	return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
