/** Builds a HeadSample from CSV text, the way sniffHead does, for layout tests. */
import { sniffHead } from '$lib/import/sniffHead';
import type { HeadSample } from '$lib/import/types';

export function headOf(csv: string): HeadSample {
	const r = sniffHead(new TextEncoder().encode(csv), true);
	if (!r.ok) throw new Error(r.issue.message);
	return r.sniffed.head;
}

/** Maps every sample row with `detect`'s mapper. */
export function mapAll(head: HeadSample, detect: (h: HeadSample) => ((row: string[]) => unknown[]) | null) {
	const map = detect(head);
	if (!map) throw new Error('layout not detected');
	return head.rows.flatMap((r) => map(r));
}
