/**
 * `npm test` (and .ci/run): works on a fresh clone with nothing but Node. Checks Chromium and
 * pdftotext first (seconds, before any install or build), installs node_modules when missing or
 * stale, then type-checks, builds the site from data/, runs every Vitest project and ends with
 * a plain `N passed, N failed, N skipped` line that CI reads. Exits non-zero on any failure or
 * when no test ran.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { ensureDependencies } from './bootstrap/dependencies.mjs';
import { ensureTestTools } from './bootstrap/testTools.mjs';

function run(cmd, args) {
	return spawnSync(cmd, args, { stdio: 'inherit' }).status ?? 1;
}

function step(ok, failure) {
	if (ok) return;
	console.error(failure);
	process.exit(1);
}

step(ensureTestTools(), 'browser tools missing: nothing was installed or built');
step(ensureDependencies(), 'npm ci failed');
step(run('npm', ['run', 'check']) === 0, 'svelte-check failed');
step(run('npm', ['run', 'build']) === 0, 'build failed');

mkdirSync('test-results', { recursive: true });
const report = 'test-results/vitest.json';
const status = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(report)) {
	const json = JSON.parse(readFileSync(report, 'utf8'));
	passed = json.numPassedTests ?? 0;
	failed = json.numFailedTests ?? 0;
	skipped = (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
}
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(status !== 0 || failed > 0 || passed === 0 ? 1 : 0);
