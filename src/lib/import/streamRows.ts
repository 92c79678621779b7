/**
 * Streams a Blob (a File in the browser, a Blob in tests) through PapaParse one slice at a time, so
 * a 200 MB file never sits in memory as one string. We decode the bytes ourselves with a streaming
 * TextDecoder rather than letting Papa read each slice with FileReader.readAsText: that reads
 * slices independently and corrupts any multi-byte character cut by a slice boundary, and it
 * cannot tell us where invalid UTF-8 starts. Papa gets the decoded text through the small
 * Node-stream shape it accepts (`readable`, `read`, `on`), with each line end outside quotes made
 * LF (lineEnds.ts): Papa would otherwise guess one line end for the whole file from its start.
 */
import Papa from 'papaparse';
import { firstInvalidUtf8 } from './firstInvalidUtf8';
import { LineEnds } from './lineEnds';
import type { TextEncodingName } from './types';

export interface StreamOptions {
	encoding: TextEncodingName;
	delimiter: string;
	/**
	 * Called once per parsed row with the 1-based line where the row starts; `unclosedQuote` marks
	 * a row whose quoted field never closes (Papa read the rest of the file into it). Return false to stop.
	 */
	onRow(row: string[], line: number, unclosedQuote: boolean): boolean | void;
	onProgress?(bytesRead: number, totalBytes: number): void;
	signal?: AbortSignal;
	sliceBytes?: number;
}

export interface StreamEnd {
	/** Lines read (rows plus newlines inside quoted fields). */
	lines: number;
	/** True when the last line did not end with a newline. */
	endsWithoutNewline: boolean;
	/** Line of a quoted field that is never closed, if any (Papa reads it to the end of the file). */
	unclosedQuoteLine: number | null;
	stopped: boolean;
}

export class DecodeError extends Error {
	constructor(
		message: string,
		readonly line: number
	) {
		super(message);
	}
}

type Listener = (arg?: unknown) => void;

/** The minimal Node-readable shape Papa.parse streams from (see papaparse ReadableStreamStreamer). */
function textSource() {
	const listeners = new Map<string, Listener[]>();
	return {
		readable: true as const,
		read() {},
		pause() {},
		resume() {},
		on(event: string, fn: Listener) {
			listeners.set(event, [...(listeners.get(event) ?? []), fn]);
		},
		removeListener(event: string, fn: Listener) {
			listeners.set(event, (listeners.get(event) ?? []).filter((f) => f !== fn));
		},
		emit(event: string, arg?: unknown) {
			for (const fn of listeners.get(event) ?? []) fn(arg);
		}
	};
}

function countNewlines(s: string): number {
	let n = 0;
	for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
	return n;
}

export async function streamRows(blob: Blob, opts: StreamOptions): Promise<StreamEnd> {
	const sliceBytes = opts.sliceBytes ?? 1 << 20;
	const decoder = new TextDecoder(opts.encoding, { fatal: opts.encoding === 'utf-8' });
	const source = textSource();
	const lineEnds = new LineEnds(opts.delimiter);
	let line = 1;
	let stopped = false;
	let newlineBytes = 0;
	let lastChar = '';
	let unclosedQuoteLine: number | null = null;

	let finish!: () => void;
	let fail!: (e: unknown) => void;
	const done = new Promise<void>((resolve, reject) => {
		finish = resolve;
		fail = reject;
	});

	Papa.parse<string[]>(source as unknown as File, {
		delimiter: opts.delimiter,
		newline: '\n',
		skipEmptyLines: false,
		chunk(results, parser) {
			const quoteRows = new Set(results.errors.filter((e) => e.code === 'MissingQuotes').map((e) => e.row));
			for (const [k, row] of results.data.entries()) {
				if (stopped) break;
				const quote = quoteRows.has(k);
				if (quote) unclosedQuoteLine ??= line;
				if (opts.onRow(row, line, quote) === false) {
					stopped = true;
					parser.abort();
				}
				for (const field of row) if (field.includes('\n')) line += countNewlines(field);
				line++;
			}
		},
		complete: () => finish(),
		error: (e: Error) => fail(e)
	});

	for (let start = 0; start < blob.size && !stopped; start += sliceBytes) {
		if (opts.signal?.aborted) throw new DOMException('Import cancelled', 'AbortError');
		const bytes = new Uint8Array(await blob.slice(start, start + sliceBytes).arrayBuffer());
		let text: string;
		try {
			text = decoder.decode(bytes, { stream: true });
		} catch {
			const at = firstInvalidUtf8(bytes);
			let nl = newlineBytes;
			for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) nl++;
			throw new DecodeError(
				`Line ${nl + 1}: bytes that are not valid UTF-8 (byte ${start + at + 1}). The file mixes encodings; re-save it as UTF-8.`,
				nl + 1
			);
		}
		for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0a) newlineBytes++;
		text = lineEnds.push(text);
		if (text) lastChar = text[text.length - 1];
		source.emit('data', text);
		opts.onProgress?.(Math.min(start + sliceBytes, blob.size), blob.size);
		// Let the worker answer messages (cancel) between slices.
		await new Promise((r) => setTimeout(r, 0));
	}
	if (!stopped) {
		let tail: string;
		try {
			tail = decoder.decode();
		} catch {
			throw new DecodeError(`Line ${newlineBytes + 1}: the file ends in the middle of a character: it looks truncated.`, newlineBytes + 1);
		}
		tail = lineEnds.push(tail);
		if (tail) {
			lastChar = tail[tail.length - 1];
			source.emit('data', tail);
		}
		source.emit('end');
		await done;
	}
	return {
		lines: line - 1,
		endsWithoutNewline: lastChar !== '\n' && lastChar !== '',
		unclosedQuoteLine,
		stopped
	};
}
