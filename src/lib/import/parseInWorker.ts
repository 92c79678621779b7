/**
 * Main-thread side of the parse worker: starts one worker per file, relays progress, resolves with
 * the outcome, and cancels by terminating the worker (nothing half-read survives it).
 */
import type { ParseOutcome, ParseRequest, WorkerMessage } from './workerProtocol';

export interface ParseJob {
	result: Promise<ParseOutcome>;
	cancel(): void;
}

export class ParseCancelled extends Error {
	constructor() {
		super('Reading the file was cancelled.');
	}
}

export function parseInWorker(request: ParseRequest, onProgress: (fraction: number) => void): ParseJob {
	const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
	let settle: { resolve: (o: ParseOutcome) => void; reject: (e: Error) => void };
	const result = new Promise<ParseOutcome>((resolve, reject) => (settle = { resolve, reject }));
	const finish = () => worker.terminate();
	worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
		const m = event.data;
		if (m.type === 'progress') return onProgress(m.fraction);
		finish();
		if (m.type === 'done') settle.resolve(m.outcome);
		else settle.reject(new Error(`The file could not be read: ${m.message}`));
	};
	worker.onerror = (e) => {
		finish();
		settle.reject(new Error(`The file reader stopped unexpectedly${e.message ? `: ${e.message}` : ''}.`));
	};
	worker.postMessage(request);
	return {
		result,
		cancel() {
			finish();
			settle.reject(new ParseCancelled());
		}
	};
}
