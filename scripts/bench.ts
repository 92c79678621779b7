/**
 * `npm run bench [-- --rows 1000000 --rows 10000000 --runs 5 --build <dir> --json <file>]`
 *
 * Serves a built site (tests/support/staticServer.ts, with Range support) and measures it in
 * headless Chromium with a cold cache: first chart, DuckDB ready, first result, bytes, query and
 * filter-change latency, memory. Runs at the shipped data and at each synthetic size (the real
 * schema, written as the same kind of DuckDB file into a throwaway copy of the build). Prints
 * one Markdown table; numbers are medians of the runs, latencies p50/p95 over all samples.
 * Without --rows the sizes are the shipped data, 1,000,000 and 10,000,000 rows; `--quick` runs
 * the shipped data only, 3 times. Uses build/ (or SITE_BUILD_DIR), building into build-bench/
 * when there is no build.
 */
import { parseArgs } from 'node:util';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../tests/support/browser';
import { startStaticServer } from '../tests/support/staticServer';
import { measureRun, type RunMetrics } from './bench/measureRun';
import { siteVariant } from './bench/siteVariant';
import { writeSyntheticDatabase } from './bench/syntheticDatabase';
import { formatTable, summarise } from './bench/summarise';
import { describeMachine } from './bench/machine';

const { values } = parseArgs({
	options: {
		rows: { type: 'string', multiple: true },
		runs: { type: 'string' },
		rounds: { type: 'string', default: '5' },
		changes: { type: 'string', default: '5' },
		build: { type: 'string' },
		json: { type: 'string' },
		quick: { type: 'boolean', default: false }
	}
});

const runs = Number(values.runs ?? (values.quick ? 3 : 5));
const rounds = Number(values.rounds);
const changes = Number(values.changes);
const sizes = values.quick ? [] : (values.rows ?? ['1000000', '10000000']).map(Number).filter((n) => n > 0);
const buildDir = ensureBuild(values.build ?? process.env.SITE_BUILD_DIR ?? 'build');
const shippedDb = join(buildDir, 'data', 'observatory.duckdb');
const FIRST_SQL = 'SELECT count(*) AS figures FROM observations';

function ensureBuild(dir: string): string {
	if (existsSync(join(dir, 'index.html')) && existsSync(join(dir, 'data', 'observatory.duckdb'))) return dir;
	const own = 'build-bench';
	console.error(`bench: no build in ${dir}/, building into ${own}/ …`);
	const env = { ...process.env, SITE_BUILD_DIR: own, SITE_KIT_DIR: '.svelte-kit-bench' };
	for (const [cmd, args] of [['npm', ['run', 'data']], ['npx', ['vite', 'build']]] as const) {
		if (spawnSync(cmd, args, { stdio: 'inherit', env }).status !== 0) process.exit(1);
	}
	return own;
}

async function measureSite(root: string, label: string): Promise<RunMetrics[]> {
	const site = await startStaticServer({ root });
	const browser = await launchBrowser();
	try {
		const results: RunMetrics[] = [];
		for (let i = 0; i < runs; i++) {
			console.error(`bench: ${label}, run ${i + 1}/${runs}`);
			results.push(await measureRun(browser, site.url, FIRST_SQL, rounds, changes));
		}
		return results;
	} finally {
		await browser.close();
		await site.close();
	}
}

const headers: string[] = [];
const columns: ReturnType<typeof summarise>[] = [];
const raw: Record<string, RunMetrics[]> = {};

const shippedRuns = await measureSite(buildDir, 'shipped data');
headers.push('shipped data');
columns.push(summarise(shippedRuns, statSync(shippedDb).size));
raw.shipped = shippedRuns;

for (const rows of sizes) {
	const dir = mkdtempSync(join(tmpdir(), 'bench-db-'));
	const file = join(dir, 'observatory.duckdb');
	console.error(`bench: writing ${rows.toLocaleString('en')} synthetic rows …`);
	await writeSyntheticDatabase(shippedDb, file, rows);
	const variant = siteVariant(buildDir, { 'observatory.duckdb': file });
	try {
		const result = await measureSite(variant.root, `${rows.toLocaleString('en')} rows`);
		headers.push(`${rows.toLocaleString('en')} rows`);
		columns.push(summarise(result, statSync(file).size));
		raw[String(rows)] = result;
	} finally {
		variant.remove();
		rmSync(dir, { recursive: true, force: true });
	}
}

const browser = await launchBrowser();
const machine = describeMachine(browser.version());
await browser.close();
console.log(`\nMachine: ${machine}`);
console.log(`Build: ${buildDir}/ served by tests/support/staticServer.ts (no compression, HTTP Range); cold cache; ${runs} runs per size, ${rounds} query rounds and ${changes} filter changes per run.\n`);
console.log(formatTable(headers, columns));
if (values.json) writeFileSync(values.json, JSON.stringify({ machine, runs, rounds, changes, headers, raw }, null, '\t'));
