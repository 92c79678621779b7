/**
 * Replaces a folder with a freshly built one in two renames, so readers see the old artefacts or
 * the new ones, never a half-written mix. If another build swaps in between (two `npm run data`
 * at once), it tries again; whichever finishes last wins, and no stray folder is left.
 */
import { renameSync, rmSync } from 'node:fs';

const code = (error: unknown) => (error as NodeJS.ErrnoException).code;

export function swapDir(fresh: string, target: string, attempts = 5): void {
	for (let attempt = 1; ; attempt++) {
		const old = `${target}.old-${process.pid}-${Date.now()}-${attempt}`;
		let hadOld = true;
		try {
			renameSync(target, old);
		} catch (error) {
			if (code(error) !== 'ENOENT') throw error;
			hadOld = false;
		}
		try {
			renameSync(fresh, target);
		} catch (error) {
			if (hadOld) {
				try {
					renameSync(old, target);
				} catch {
					rmSync(old, { recursive: true, force: true });
				}
			}
			const raced = code(error) === 'ENOTEMPTY' || code(error) === 'EEXIST';
			if (raced && attempt < attempts) continue;
			throw error;
		}
		if (hadOld) rmSync(old, { recursive: true, force: true });
		return;
	}
}
