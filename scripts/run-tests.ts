/**
 * The one test command (`npm test`, called by .ci/run): type-checks, builds the site from
 * data/, runs every Vitest project, and ends with a plain `N passed, N failed` line that CI reads.
 * Exits non-zero on any failure or when no test ran.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

function run(cmd: string, args: string[]): number {
	const result = spawnSync(cmd, args, { stdio: 'inherit', shell: false });
	return result.status ?? 1;
}

const npx = 'npx';
if (!existsSync('node_modules')) {
	if (run('npm', ['ci', '--no-audit', '--no-fund']) !== 0) process.exit(1);
}
if (run('npm', ['run', 'check']) !== 0) {
	console.error('svelte-check failed');
	process.exit(1);
}
if (run('npm', ['run', 'build']) !== 0) {
	console.error('build failed');
	process.exit(1);
}
mkdirSync('test-results', { recursive: true });
const report = 'test-results/vitest.json';
const status = run(npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
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
