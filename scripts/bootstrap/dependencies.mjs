/**
 * Installs the npm dependencies when they are missing or older than package-lock.json, so the
 * README's two commands work on a fresh clone. Plain Node only: nothing here may come from
 * node_modules, which may not exist yet.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** npm ci writes node_modules/.package-lock.json last, so its age is the install's age. */
export function needsInstall(root = '.') {
	const installed = join(root, 'node_modules', '.package-lock.json');
	if (!existsSync(installed)) return true;
	return statSync(installed).mtimeMs < statSync(join(root, 'package-lock.json')).mtimeMs;
}

/** Runs `npm ci` when needed; returns false when the install failed. */
export function ensureDependencies(root = '.') {
	if (!needsInstall(root)) return true;
	console.log('Installing dependencies (npm ci): node_modules is missing or older than package-lock.json…');
	const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
	return result.status === 0;
}
