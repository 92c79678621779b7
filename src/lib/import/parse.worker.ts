/**
 * The import parse worker (a Vite module worker): reads one file off the main thread so a 200 MB
 * file never freezes the page, posts progress, and answers once with the outcome. One worker per
 * file; the page cancels by terminating it.
 */
import { previewRows } from './previewRows';
import { readImport } from './readImport';
import { toArrowIpc } from './toArrowIpc';
import type { ParseOutcome, ParseRequest, WorkerMessage } from './workerProtocol';

const post = (message: WorkerMessage, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

self.onmessage = async (event: MessageEvent<ParseRequest>) => {
	const { file, places, mapping, maxBytes } = event.data;
	let lastShown = -1;
	try {
		const result = await readImport(file, {
			places,
			mapping,
			maxBytes,
			onProgress: (fraction) => {
				// At most one message per percent: the page only redraws a bar.
				const pct = Math.floor(fraction * 100);
				if (pct === lastShown) return;
				lastShown = pct;
				post({ type: 'progress', fraction });
			}
		});
		if (result.status !== 'read') return post({ type: 'done', outcome: result });
		const { builder, issues, issueCount, skipped, gaps } = result.data;
		const ipc = toArrowIpc(builder.columns, builder.size);
		const outcome: ParseOutcome = {
			status: 'read',
			format: result.format,
			layout: result.layout,
			summary: builder.summary(),
			issues,
			issueCount,
			skipped,
			gaps,
			sample: Array.from({ length: Math.min(8, builder.size) }, (_, i) => builder.row(i)),
			chart: previewRows(builder),
			ipc
		};
		post({ type: 'done', outcome }, [ipc.buffer as ArrayBuffer]);
	} catch (e) {
		post({ type: 'crashed', message: e instanceof Error ? e.message : String(e) });
	}
};
