/**
 * Messages between the import page and its parse worker. The worker answers with a plain,
 * structured-cloneable result: counts and the first rows for the preview, the listed issues, and
 * the whole table as Arrow IPC bytes (transferred, not copied).
 */
import type { ImportRow } from './importRow';
import type { FileFormat } from './readImport';
import type { PlaceRef } from './matchPlace';
import type { TableSummary } from './tableBuilder';
import type { ColumnMapping, HeadSample, ImportIssue, LayoutId } from './types';

export interface ParseRequest {
	file: File;
	places: PlaceRef[];
	mapping?: ColumnMapping;
	maxBytes?: number;
}

export interface ReadPayload {
	status: 'read';
	format: FileFormat;
	layout: { id: LayoutId; label: string };
	summary: TableSummary;
	issues: ImportIssue[];
	issueCount: number;
	skipped: number;
	gaps: number;
	/** First rows as imported, for the preview table. */
	sample: ImportRow[];
	/** A few whole series for the preview chart. */
	chart: ImportRow[];
	ipc: Uint8Array;
}

export type ParseOutcome =
	| { status: 'failed'; issue: ImportIssue; format: FileFormat | null }
	| { status: 'needs-mapping'; format: FileFormat; head: HeadSample; suggestion: ColumnMapping }
	| ReadPayload;

export type WorkerMessage =
	| { type: 'progress'; fraction: number }
	| { type: 'done'; outcome: ParseOutcome }
	| { type: 'crashed'; message: string };
