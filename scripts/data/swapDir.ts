/**
 * Replaces a folder with a freshly built one in two renames, so readers see the old artefacts or
 * the new ones, never a half-written mix. On failure the old folder is put back.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';

export function swapDir(fresh: string, target: string): void {
	const old = `${target}.old-${process.pid}-${Date.now()}`;
	const hadOld = existsSync(target);
	if (hadOld) renameSync(target, old);
	try {
		renameSync(fresh, target);
	} catch (error) {
		if (hadOld) renameSync(old, target);
		throw error;
	}
	if (hadOld) rmSync(old, { recursive: true, force: true });
}
