/**
 * Many runs at one data size → the numbers of the benchmark table: medians for one-off timings
 * and sizes, p50/p95 over every sample for repeated ones (queries, filter changes).
 */
import { median, percentile } from './stats';
import { CHART_PAGES, type RunMetrics } from './measureRun';

export type Cell = string;

const ms = (v: number | null) => (v === null ? 'n/a' : `${Math.round(v).toLocaleString('en')} ms`);
const kb = (v: number | null) => (v === null ? 'n/a' : `${(v / 1024).toFixed(0)} KB`);
const mb = (v: number | null) => (v === null ? 'n/a' : `${(v / 1e6).toFixed(1)} MB`);
const pair = (values: number[]) => (values.length ? `${ms(percentile(values, 50))} / ${ms(percentile(values, 95))}` : 'n/a');
const nonNull = (values: (number | null)[]) => values.filter((v): v is number => v !== null);

export function summarise(runs: RunMetrics[], databaseBytes: number): [string, Cell][] {
	const rows: [string, Cell][] = [];
	for (const path of CHART_PAGES) rows.push([`time to first chart, ${path}`, ms(median(nonNull(runs.map((r) => r.firstChartMs[path]))))]);
	for (const path of CHART_PAGES) rows.push([`HTML + CSS for the first chart, ${path}`, kb(median(runs.map((r) => r.renderBytes[path])))]);
	for (const path of CHART_PAGES) rows.push([`bytes arrived by first chart, ${path}`, kb(median(nonNull(runs.map((r) => r.bytesBeforeFirstChart[path]))))]);
	rows.push(['DuckDB ready (/sql/)', ms(median(nonNull(runs.map((r) => r.dbReadyMs))))]);
	rows.push(['first query result (/sql/)', ms(median(nonNull(runs.map((r) => r.firstResultMs))))]);
	rows.push(['bytes until DuckDB ready', mb(median(runs.map((r) => r.bytesUntilDbReady)))]);
	rows.push(['database file size', mb(databaseBytes)]);
	rows.push(['database bytes fetched (range reads, whole visit)', mb(median(runs.map((r) => r.databaseBytesFetched)))]);
	const names = Object.keys(runs[0]?.queryMs ?? {});
	const all = runs.flatMap((r) => Object.values(r.queryMs).flat());
	rows.push(['query latency p50 / p95 (all typed queries)', pair(all)]);
	for (const name of names) rows.push([`  ${name} p50 / p95`, pair(runs.flatMap((r) => r.queryMs[name] ?? []))]);
	const changes = runs.flatMap((r) => r.filterChangeMs ?? []);
	rows.push(['filter change p50 / p95 (/explore/, until painted)', pair(changes)]);
	rows.push(['peak JS heap (page)', mb(median(runs.map((r) => r.peakJsHeapBytes)))]);
	rows.push(['DuckDB memory after queries', mb(median(nonNull(runs.map((r) => r.duckdbMemoryBytes))))]);
	return rows;
}

/** Columns side by side, as a Markdown table (readable in a terminal, pasteable into BENCHMARKS.md). */
export function formatTable(headers: string[], columns: [string, Cell][][]): string {
	const labels = columns[0].map(([label]) => label);
	const body = labels.map((label, i) => [label, ...columns.map((c) => c[i][1])]);
	const all = [['', ...headers], ...body];
	const widths = all[0].map((_, j) => Math.max(...all.map((row) => row[j].length)));
	const line = (row: string[]) => `| ${row.map((cell, j) => (j === 0 ? cell.padEnd(widths[j]) : cell.padStart(widths[j]))).join(' | ')} |`;
	return [line(all[0]), `|${widths.map((w, j) => (j === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...body.map(line)].join('\n');
}
