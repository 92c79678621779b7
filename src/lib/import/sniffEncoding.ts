/**
 * Works out how the file's bytes are text: a BOM decides (UTF-8, UTF-16 LE/BE); without one, a
 * NUL-byte pattern means BOM-less UTF-16; otherwise bytes that are not valid UTF-8 (checked with a
 * fatal TextDecoder) mean a legacy single-byte file, read as Windows-1252 (a superset of Latin-1
 * for printable characters, and what WHATWG decoders use for "latin1").
 */
import { firstInvalidUtf8 } from './firstInvalidUtf8';
import { looksBinary } from './looksBinary';
import type { TextEncodingName } from './types';

export type EncodingSniff =
	| { ok: true; encoding: TextEncodingName; bomLength: number }
	| { ok: false; message: string; line: number | null };

/** Share of NUL bytes at even / odd offsets in the first `n` bytes. */
function nulPattern(bytes: Uint8Array, n: number): { even: number; odd: number } {
	let even = 0;
	let odd = 0;
	const len = Math.min(bytes.length, n);
	for (let i = 0; i < len; i++) if (bytes[i] === 0) (i % 2 === 0 ? even++ : odd++);
	const half = Math.max(1, len / 2);
	return { even: even / half, odd: odd / half };
}

/**
 * `head` is the first bytes of the file (the whole file when `complete`). When not complete, a
 * multi-byte character cut at the end of `head` is not counted as invalid.
 */
export function sniffEncoding(head: Uint8Array, complete: boolean): EncodingSniff {
	if (head[0] === 0xff && head[1] === 0xfe && head[2] === 0 && head[3] === 0) {
		return { ok: false, message: 'This file is UTF-32 text, which the importer does not read: save it as UTF-8.', line: 1 };
	}
	if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { ok: true, encoding: 'utf-8', bomLength: 3 };
	if (head[0] === 0xff && head[1] === 0xfe) return { ok: true, encoding: 'utf-16le', bomLength: 2 };
	if (head[0] === 0xfe && head[1] === 0xff) return { ok: true, encoding: 'utf-16be', bomLength: 2 };

	// BOM-less UTF-16 of mostly-ASCII text: every other byte is NUL.
	const nul = nulPattern(head, 4096);
	if (nul.odd > 0.6 && nul.even < 0.05) return { ok: true, encoding: 'utf-16le', bomLength: 0 };
	if (nul.even > 0.6 && nul.odd < 0.05) return { ok: true, encoding: 'utf-16be', bomLength: 0 };

	const binary = looksBinary(head);
	if (binary) return { ok: false, message: binary.message, line: binary.line };

	try {
		new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: !complete });
		return { ok: true, encoding: 'utf-8', bomLength: 0 };
	} catch {
		// Valid multi-byte UTF-8 before the bad byte means a mixed file: reading it as Windows-1252
		// would silently turn the UTF-8 part into mojibake ("Ã©"), so stop and say where.
		const bad = firstInvalidUtf8(head);
		// A character cut by the very end of the file: UTF-8 whose last bytes are missing. The stream
		// reader reports that as truncation, with its line.
		if (bad === head.length) return { ok: true, encoding: 'utf-8', bomLength: 0 };
		if (hasUtf8Sequence(head, bad)) {
			let line = 1;
			for (let i = 0; i < bad; i++) if (head[i] === 0x0a) line++;
			return {
				ok: false,
				message: `Line ${line}: bytes that are not valid UTF-8 (byte ${bad + 1}), while earlier lines are UTF-8. The file mixes encodings; re-save it as UTF-8.`,
				line
			};
		}
		return { ok: true, encoding: 'windows-1252', bomLength: 0 };
	}
}

/** True when `bytes[0, end)` holds at least one valid multi-byte UTF-8 character. */
function hasUtf8Sequence(bytes: Uint8Array, end: number): boolean {
	for (let i = 0; i < end; i++) if (bytes[i] >= 0xc2 && bytes[i] <= 0xf4) return true;
	return false;
}
