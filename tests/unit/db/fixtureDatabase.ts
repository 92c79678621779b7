/**
 * The published database file for tests, built from data/*.csv by the data build itself
 * (scripts/data/buildData.ts) into a temporary folder, so the WASM engine under test reads
 * exactly what the site ships.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildData } from '../../../scripts/data/buildData';
import { DATABASE_FILE } from '$lib/data/manifest';

export async function buildFixtureDatabase(): Promise<Uint8Array> {
	const outDir = join(mkdtempSync(join(tmpdir(), 'db-fixture-')), 'data');
	const result = await buildData({ dataDir: 'data', outDir });
	if (!result.ok) throw new Error(`data build failed with ${result.errors} errors`);
	return new Uint8Array(readFileSync(join(outDir, DATABASE_FILE)));
}
