/**
 * Tells text from binary by the first bytes of a file: known signatures first (so the message can
 * say "this is an Excel workbook" rather than "binary"), then NUL and control bytes. UTF-16 text is
 * full of NUL bytes, so callers check for a UTF-16 BOM or pattern before asking this.
 */

const SIGNATURES: { bytes: number[]; what: string }[] = [
	{ bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive or an Excel workbook (.xlsx); save the sheet as CSV first' },
	{ bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Excel workbook (.xls); save the sheet as CSV first' },
	{ bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
	{ bytes: [0x1f, 0x8b], what: 'a gzip-compressed file; decompress it first' },
	{ bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
	{ bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' }
];

export interface BinaryFinding {
	message: string;
	/** 1-based line of the first offending byte (counting \n before it). */
	line: number;
}

function lineAt(bytes: Uint8Array, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
	return line;
}

/** Returns why `bytes` (the start of a file) is not a text table, or null when it looks like text. */
export function looksBinary(bytes: Uint8Array): BinaryFinding | null {
	for (const sig of SIGNATURES) {
		if (sig.bytes.every((b, i) => bytes[i] === b)) {
			return { message: `This is not a text table: it looks like ${sig.what}.`, line: 1 };
		}
	}
	let controls = 0;
	let firstControl = -1;
	for (let i = 0; i < bytes.length; i++) {
		const b = bytes[i];
		if (b === 0) {
			return { message: `This file is binary, not text: it contains a NUL byte at byte ${i + 1}.`, line: lineAt(bytes, i) };
		}
		// Tab, LF, FF, CR and the DOS end-of-file mark (0x1A) appear in real text files.
		if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1a) {
			controls++;
			if (firstControl < 0) firstControl = i;
		}
	}
	if (controls > 0 && controls / Math.max(bytes.length, 1) > 0.01) {
		return {
			message: `This file is binary, not text: ${controls} control bytes in the first ${bytes.length} bytes.`,
			line: lineAt(bytes, firstControl)
		};
	}
	return null;
}
