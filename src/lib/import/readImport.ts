/**
 * One imported file, start to finish, without touching the page or DuckDB: size limit, Parquet or
 * text, encoding, delimiter, header, layout (or the user's mapping), then every row streamed
 * through the checks into columns. Runs in the parse worker, and in Node for the unit tests.
 */
import type { DataResource } from '$lib/data/tableSchema';
import { importResource } from './importResource';
import { ImportSink, type SinkResult } from './importSink';
import { duplicateColumns } from './duplicateColumns';
import { detectLayout } from './layouts';
import { MAPPED_LABEL, mappedRows, suggestMapping } from './layouts/mapped';
import { MAX_IMPORT_BYTES, formatBytes } from './limits';
import { createPlaceMatcher, type PlaceRef } from './matchPlace';
import { forEachParquetRow, isParquet, openParquet } from './readParquet';
import { sniffHead } from './sniffHead';
import { DecodeError, streamRows } from './streamRows';
import type { ColumnMapping, HeadSample, ImportIssue, LayoutId, RowMapper, TextEncodingName } from './types';

export const HEAD_BYTES = 64 * 1024;

export interface ReadOptions {
	places: PlaceRef[];
	mapping?: ColumnMapping;
	maxBytes?: number;
	currentYear?: number;
	resource?: DataResource;
	/** Issues kept in full (the rest are counted). */
	maxIssues?: number;
	onProgress?: (fraction: number) => void;
	signal?: AbortSignal;
}

export interface FileFormat {
	kind: 'csv' | 'parquet';
	encoding: TextEncodingName | null;
	bom: boolean;
	delimiter: string | null;
	preambleLines: number;
	headerLine: number;
	tagLine: number | null;
	footerLines: number;
}

export type ReadResult =
	| { status: 'failed'; issue: ImportIssue; format: FileFormat | null }
	| { status: 'needs-mapping'; format: FileFormat; head: HeadSample; suggestion: ColumnMapping }
	| { status: 'read'; format: FileFormat; layout: { id: LayoutId; label: string }; data: SinkResult };

const failed = (message: string, line: number | null = null, format: FileFormat | null = null): ReadResult => ({
	status: 'failed',
	issue: { level: 'error', line, column: null, message },
	format
});

function chooseLayout(head: HeadSample, mapping: ColumnMapping | undefined): { id: LayoutId; label: string; map: RowMapper } | null {
	if (mapping) return { id: 'mapped', label: MAPPED_LABEL, map: mappedRows(mapping, head.delimiter) };
	const found = detectLayout(head);
	return found ? { id: found.layout.id, label: found.layout.label, map: found.map } : null;
}

/** Lines that parsed rows take up in the file (a quoted cell can span several). */
function linesOf(rows: string[][]): number {
	return rows.reduce((n, row) => n + 1 + row.reduce((k, cell) => k + cell.split('\n').length - 1, 0), 0);
}

function noRows(data: SinkResult, format: FileFormat): ReadResult | null {
	if (data.builder.size || data.issueCount || data.gaps) return null;
	return failed(`The file has a header (line ${format.headerLine}) but no data rows under it.`, format.headerLine, format);
}

export async function readImport(blob: Blob, opts: ReadOptions): Promise<ReadResult> {
	const max = opts.maxBytes ?? MAX_IMPORT_BYTES;
	if (blob.size === 0) return failed('The file is empty (0 bytes).');
	if (blob.size > max) {
		return failed(`The file is ${formatBytes(blob.size)}, over the ${formatBytes(max)} limit for imports in the browser. Filter it to the places and years you need first.`);
	}
	const sinkOptions = {
		matchPlace: createPlaceMatcher(opts.places),
		resource: opts.resource ?? importResource(),
		currentYear: opts.currentYear ?? new Date().getFullYear(),
		maxIssues: opts.maxIssues
	};
	const headBytes = new Uint8Array(await blob.slice(0, HEAD_BYTES).arrayBuffer());

	if (isParquet(headBytes)) {
		let pq;
		try {
			pq = await openParquet(blob);
		} catch (e) {
			return failed(`This Parquet file cannot be read (${e instanceof Error ? e.message : String(e)}): it may be truncated.`);
		}
		const format: FileFormat = { kind: 'parquet', encoding: null, bom: false, delimiter: null, preambleLines: 0, headerLine: 1, tagLine: null, footerLines: 0 };
		const sample: string[][] = [];
		await forEachParquetRow(pq, (r) => sample.push(r), { limit: 50 });
		const head: HeadSample = { header: pq.header, tags: null, rows: sample, preamble: [], delimiter: ',' };
		const repeated = duplicateColumns(pq.header);
		if (repeated) return failed(repeated, null, format);
		const layout = chooseLayout(head, opts.mapping);
		if (!layout) return { status: 'needs-mapping', format, head, suggestion: suggestMapping(head) };
		const sink = new ImportSink({ header: pq.header, map: layout.map, ...sinkOptions });
		await forEachParquetRow(pq, (r, i) => sink.onRow(r, i + 2), {
			onProgress: (done, total) => opts.onProgress?.(done / total),
			signal: opts.signal
		});
		const data = sink.finish(false);
		return noRows(data, format) ?? { status: 'read', format, layout: { id: layout.id, label: layout.label }, data };
	}

	const sniff = sniffHead(headBytes, blob.size <= HEAD_BYTES);
	if (!sniff.ok) return { status: 'failed', issue: sniff.issue, format: null };
	const { encoding, bom, delimiter, position, head } = sniff.sniffed;
	const format: FileFormat = {
		kind: 'csv',
		encoding,
		bom,
		delimiter,
		preambleLines: 0,
		headerLine: 1,
		tagLine: null,
		footerLines: 0
	};
	const repeated = duplicateColumns(head.header, head.tags);
	if (repeated) return failed(repeated, linesOf(head.preamble) + 1, format);
	const layout = chooseLayout(head, opts.mapping);
	if (!layout) return { status: 'needs-mapping', format, head, suggestion: suggestMapping(head) };

	const sink = new ImportSink({ header: head.header, map: layout.map, ...sinkOptions });
	let index = 0;
	try {
		const end = await streamRows(blob, {
			encoding,
			delimiter,
			signal: opts.signal,
			onProgress: (read, total) => opts.onProgress?.(read / total),
			onRow(row, line, quote) {
				const i = index++;
				if (i < position.header) return;
				if (i === position.header) {
					format.preambleLines = line - 1;
					format.headerLine = line;
				}
				if (i === position.tags) format.tagLine = line;
				if (i >= position.data) sink.onRow(row, line, quote);
			}
		});
		const data = sink.finish(end.endsWithoutNewline);
		format.footerLines = data.footerLines;
		return noRows(data, format) ?? { status: 'read', format, layout: { id: layout.id, label: layout.label }, data };
	} catch (e) {
		if (e instanceof DecodeError) return failed(e.message, e.line, format);
		throw e;
	}
}
