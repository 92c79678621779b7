/**
 * `npm run data` as a function: read the CSVs of `dataDir`, validate them against
 * data/datapackage.json, and only when there is no error write the artefacts into `outDir`
 * (database file, downloads, plain tables, manifest). Everything is written into a temporary
 * sibling folder and swapped in at the end, so a failed run leaves the last good artefacts as
 * they were. Temporary folders that a killed run left behind are removed first.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { DATAPACKAGE, resourceFor } from '../../src/lib/data/datapackage';
import type { Issue } from '../../src/lib/data/issue';
import { DATABASE_FILE, MANIFEST_FILE, type Manifest, type ManifestFile } from '../../src/lib/data/manifest';
import { TABLE_NAMES } from '../../src/lib/data/schema';
import { validatePackage } from '../../src/lib/data/validatePackage';
import { readPackageFiles } from '../../src/lib/server/readPackageFiles';
import { removeStaleBuilds } from './removeStaleBuilds';
import { swapDir } from './swapDir';
import { writeDatabase } from './writeDatabase';
import { writeDownloads } from './writeDownloads';

export interface BuildOptions {
	dataDir: string;
	outDir: string;
	/** The build time (manifest date, latest plausible year); fixed in tests. */
	now?: Date;
}

export interface BuildResult {
	ok: boolean;
	issues: Issue[];
	errors: number;
	warnings: number;
	manifest: Manifest | null;
}

function listFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((p) => statSync(join(dir, p)).isFile())
		.map((p) => p.split(sep).join('/'))
		.sort();
}

function describe(dir: string, path: string): ManifestFile {
	const bytes = readFileSync(join(dir, path));
	return { path, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

export async function buildData({ dataDir, outDir, now = new Date() }: BuildOptions): Promise<BuildResult> {
	removeStaleBuilds(outDir);
	const files = readPackageFiles(dataDir);
	const result = validatePackage(files, { today: now.toISOString().slice(0, 10) });
	const { issues, errors, warnings } = result;
	if (!result.tables) return { ok: false, issues, errors, warnings, manifest: null };
	const tables = result.tables;

	mkdirSync(dirname(outDir), { recursive: true });
	const tmp = join(dirname(outDir), `.${basename(outDir)}.build-${process.pid}-${now.getTime()}`);
	mkdirSync(join(tmp, 'tables'), { recursive: true });
	try {
		await writeDatabase(tables, join(tmp, DATABASE_FILE));
		await writeDownloads(tables, tmp);
		// The validated CSVs byte for byte, with their schema: a data package researchers can reuse.
		for (const name of TABLE_NAMES) writeFileSync(join(tmp, 'tables', resourceFor(name).path), files[name].text);
		writeFileSync(join(tmp, 'tables', 'datapackage.json'), `${JSON.stringify(DATAPACKAGE, null, '\t')}\n`);
		const manifest: Manifest = {
			schemaVersion: DATAPACKAGE.version,
			builtAt: now.toISOString(),
			tables: Object.fromEntries(TABLE_NAMES.map((n) => [n, { rows: tables[n].length }])) as Manifest['tables'],
			warnings,
			files: listFiles(tmp).map((p) => describe(tmp, p))
		};
		writeFileSync(join(tmp, MANIFEST_FILE), `${JSON.stringify(manifest, null, '\t')}\n`);
		swapDir(tmp, outDir);
		return { ok: true, issues, errors, warnings, manifest };
	} finally {
		rmSync(tmp, { recursive: true, force: true });
	}
}

export function relativeOut(outDir: string): string {
	return relative(process.cwd(), outDir) || '.';
}
