import { describe, expect, it } from 'vitest';
import { DecodeError, streamRows } from '$lib/import/streamRows';

async function collect(blob: Blob, opts: { encoding?: 'utf-8' | 'utf-16le' | 'windows-1252'; sliceBytes?: number; delimiter?: string } = {}) {
	const rows: [string[], number, boolean][] = [];
	const progress: number[] = [];
	const end = await streamRows(blob, {
		encoding: opts.encoding ?? 'utf-8',
		delimiter: opts.delimiter ?? ',',
		sliceBytes: opts.sliceBytes,
		onRow: (row, line, quote) => void rows.push([row, line, quote]),
		onProgress: (read, total) => progress.push(read / total)
	});
	return { rows, end, progress };
}

describe('streamRows(blob, options)', () => {
	it('keeps multi-byte characters whole when a slice boundary cuts them', async () => {
		const text = 'name,km\nCambodia,កម្ពុជា\nThailand,ថៃ\n';
		for (const sliceBytes of [1, 2, 3, 5, 7]) {
			const { rows } = await collect(new Blob([text]), { sliceBytes });
			expect(rows.map((r) => r[0])).toEqual([['name', 'km'], ['Cambodia', 'កម្ពុជា'], ['Thailand', 'ថៃ']]);
		}
	});

	it('numbers lines as an editor does, counting newlines inside quoted fields', async () => {
		const { rows, end } = await collect(new Blob(['a,b\n"two\nlines",1\nc,2\n']), { sliceBytes: 4 });
		expect(rows.map(([r, line]) => [r[0], line])).toEqual([['a', 1], ['two\nlines', 2], ['c', 4]]);
		expect(end).toMatchObject({ endsWithoutNewline: false, unclosedQuoteLine: null });
	});

	it('handles CRLF line ends', async () => {
		const { rows } = await collect(new Blob(['a,b\r\n1,2\r\n3,4']));
		expect(rows.map(([r, line]) => [r, line])).toEqual([[['a', 'b'], 1], [['1', '2'], 2], [['3', '4'], 3]]);
	});

	it('reports a file that does not end with a newline', async () => {
		expect((await collect(new Blob(['a,b\n1,2']))).end.endsWithoutNewline).toBe(true);
	});

	it('marks the row whose quoted field never closes', async () => {
		const { rows, end } = await collect(new Blob(['a,b\n1,2\n3,"open\n4,5\n']), { sliceBytes: 3 });
		expect(rows.find((r) => r[2])?.[1]).toBe(3);
		expect(end.unclosedQuoteLine).toBe(3);
	});

	it('decodes UTF-16 LE and Windows-1252', async () => {
		const u16 = new Uint8Array([0xff, 0xfe, ...[...'a;é\n'].flatMap((c) => [c.charCodeAt(0), 0])]);
		expect((await collect(new Blob([u16]), { encoding: 'utf-16le', delimiter: ';', sliceBytes: 3 })).rows[0][0]).toEqual(['a', 'é']);
		const latin = new Uint8Array([0x43, 0xf4, 0x74, 0x65, 0x2c, 0x31, 0x0a]);
		expect((await collect(new Blob([latin]), { encoding: 'windows-1252' })).rows[0][0]).toEqual(['Côte', '1']);
	});

	it('throws a DecodeError naming the line of invalid UTF-8', async () => {
		const bytes = new Uint8Array([...new TextEncoder().encode('a,b\n1,2\n3,'), 0xff, 0x0a]);
		await expect(collect(new Blob([bytes]), { sliceBytes: 4 })).rejects.toThrow(DecodeError);
		await expect(collect(new Blob([bytes]), { sliceBytes: 4 })).rejects.toMatchObject({ line: 3 });
	});

	it('reports progress up to the whole file', async () => {
		const { progress } = await collect(new Blob(['a,b\n'.repeat(100)]), { sliceBytes: 100 });
		expect(progress.length).toBe(4);
		expect(progress.at(-1)).toBe(1);
	});

	it('stops when a row callback returns false', async () => {
		let seen = 0;
		const end = await streamRows(new Blob(['a\n'.repeat(1000)]), { encoding: 'utf-8', delimiter: ',', sliceBytes: 64, onRow: () => ++seen < 10 });
		expect(seen).toBe(10);
		expect(end.stopped).toBe(true);
	});

	it('stops with an AbortError when cancelled', async () => {
		const controller = new AbortController();
		controller.abort();
		await expect(streamRows(new Blob(['a\n']), { encoding: 'utf-8', delimiter: ',', signal: controller.signal, onRow: () => {} })).rejects.toThrow(/cancelled/);
	});
});
