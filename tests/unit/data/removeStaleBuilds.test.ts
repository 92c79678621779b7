/** `npm run data` removes the temporary folders a killed run left, never those of a running one. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildData } from '../../../scripts/data/buildData';
import { removeStaleBuilds } from '../../../scripts/data/removeStaleBuilds';
import { FIXTURES } from './fixturePackage';

const work = mkdtempSync(join(tmpdir(), 'stale-builds-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The id of a process that has exited (a finished child). */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;

function folders(parent: string, names: string[]) {
	mkdirSync(parent, { recursive: true });
	for (const name of names) {
		mkdirSync(join(parent, name), { recursive: true });
		writeFileSync(join(parent, name, 'observatory.duckdb'), 'partial');
	}
}

describe('removeStaleBuilds(outDir)', () => {
	it("removes a dead run's build and swap folders, and keeps a running build's and everything else", () => {
		const parent = join(work, 'static');
		const dead = deadPid();
		const stale = [`.data.build-${dead}-1764300000000`, `data.old-${dead}-1764300000000-1`];
		const kept = [`.data.build-${process.pid}-1764300000001`, 'data', '.data.build-notes', `other.old-${dead}-1`, `.database.build-${dead}-1`];
		folders(parent, [...stale, ...kept]);
		expect(removeStaleBuilds(join(parent, 'data')).sort()).toEqual(stale.sort());
		expect(readdirSync(parent).sort()).toEqual(kept.sort());
	});

	it('runs at the start of a build, even one that then fails validation', async () => {
		const parent = join(work, 'failing');
		const stale = `.data.build-${deadPid()}-1764300000000`;
		folders(parent, [stale]);
		const result = await buildData({ dataDir: `${FIXTURES}/invalid-package`, outDir: join(parent, 'data') });
		expect(result.ok).toBe(false);
		expect(existsSync(join(parent, stale))).toBe(false);
	});
});
