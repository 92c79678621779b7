/**
 * Folders a killed `npm run data` leaves next to the output: `.data.build-<pid>-<time>` (a build
 * in progress) and `data.old-<pid>-…` (the previous artefacts during a swap). Removed at the start
 * of every run, except those of a build that is still running (its process id is alive), since two
 * builds may run at once (swapDir.ts).
 */
import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

function alive(pid: number): boolean {
	if (pid === process.pid) return true;
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: the process exists but belongs to someone else.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Removes the stale temporary folders next to `outDir`; returns their names. */
export function removeStaleBuilds(outDir: string): string[] {
	const name = escape(basename(outDir));
	const temporary = new RegExp(`^(?:\\.${name}\\.build|${name}\\.old)-(\\d+)-`);
	let entries: string[];
	try {
		entries = readdirSync(dirname(outDir));
	} catch {
		return [];
	}
	const stale = entries.filter((entry) => {
		const m = temporary.exec(entry);
		return m !== null && !alive(Number(m[1]));
	});
	for (const entry of stale) rmSync(join(dirname(outDir), entry), { recursive: true, force: true });
	return stale;
}
