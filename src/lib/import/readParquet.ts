/**
 * Reads a Parquet file in the browser with hyparquet (DuckDB-WASM has no Parquet reader without a
 * downloaded extension, see shared/STACK.md), one row group at a time so progress can be shown,
 * and hands each row on as strings — the same shape a CSV row has — so the layouts, checks and
 * table building are shared with CSV.
 */
import { parquetMetadataAsync, parquetRead, parquetSchema, type AsyncBuffer, type FileMetaData } from 'hyparquet';

export function isParquet(head: Uint8Array): boolean {
	return head[0] === 0x50 && head[1] === 0x41 && head[2] === 0x52 && head[3] === 0x31; // "PAR1"
}

function blobBuffer(blob: Blob): AsyncBuffer {
	return { byteLength: blob.size, slice: (start, end) => blob.slice(start, end).arrayBuffer() };
}

/** A Parquet value as the text a CSV would hold. */
export function cellText(v: unknown): string {
	if (v === null || v === undefined) return '';
	if (typeof v === 'string') return v;
	if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v);
	if (v instanceof Date) return v.toISOString().slice(0, 10);
	return JSON.stringify(v, (_, x) => (typeof x === 'bigint' ? String(x) : x));
}

export interface ParquetFile {
	header: string[];
	rows: number;
	metadata: FileMetaData;
	file: AsyncBuffer;
}

export async function openParquet(blob: Blob): Promise<ParquetFile> {
	const file = blobBuffer(blob);
	const metadata = await parquetMetadataAsync(file);
	const header = parquetSchema(metadata).children.map((c) => c.element.name);
	return { header, rows: Number(metadata.num_rows), metadata, file };
}

/** Calls `onRow` for rows [0, limit) in order, row group by row group. */
export async function forEachParquetRow(
	pq: ParquetFile,
	onRow: (row: string[], index: number) => void,
	opts: { limit?: number; onProgress?: (done: number, total: number) => void; signal?: AbortSignal } = {}
): Promise<void> {
	const total = Math.min(pq.rows, opts.limit ?? Infinity);
	let start = 0;
	for (const group of pq.metadata.row_groups) {
		if (start >= total) break;
		if (opts.signal?.aborted) throw new DOMException('Import cancelled', 'AbortError');
		const end = Math.min(start + Number(group.num_rows), total);
		await parquetRead({
			file: pq.file,
			metadata: pq.metadata,
			rowStart: start,
			rowEnd: end,
			rowFormat: 'array',
			onComplete: (rows: unknown[][]) => rows.forEach((r, k) => onRow(r.map(cellText), start + k))
		});
		start = end;
		opts.onProgress?.(start, total);
	}
}
