/**
 * The published data as tests should see it: counts and rows read from data/*.csv at test time,
 * so adding a figure the README's way never breaks a test that merely counts.
 */
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import type { TableName } from '$lib/data/schema';

export function publishedRecords(table: TableName): Record<string, string>[] {
	return Papa.parse<Record<string, string>>(readFileSync(`data/${table}.csv`, 'utf8'), { header: true, skipEmptyLines: true }).data;
}

export function publishedCount(table: TableName): number {
	return publishedRecords(table).length;
}
