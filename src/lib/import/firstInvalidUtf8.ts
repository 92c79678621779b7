/**
 * Offset of the first byte that starts an invalid UTF-8 sequence, so an encoding error can name
 * its line (TextDecoder's fatal mode only says that something failed). Leading continuation bytes
 * are skipped: they finish a character that began in the previous slice. A sequence cut by the end
 * of `bytes` counts as valid (the next slice finishes it). Returns bytes.length when all is valid.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length && i < 3 && (bytes[i] & 0xc0) === 0x80) i++;
	while (i < bytes.length) {
		const b = bytes[i];
		let need: number;
		let min: number;
		if (b < 0x80) {
			i++;
			continue;
		} else if (b >= 0xc2 && b <= 0xdf) {
			need = 1;
			min = 0x80;
		} else if (b >= 0xe0 && b <= 0xef) {
			need = 2;
			min = 0x800;
		} else if (b >= 0xf0 && b <= 0xf4) {
			need = 3;
			min = 0x10000;
		} else return i;
		let cp = b & (0xff >> (need + 2));
		for (let k = 1; k <= need; k++) {
			if (i + k >= bytes.length) return bytes.length;
			const c = bytes[i + k];
			if ((c & 0xc0) !== 0x80) return i;
			cp = (cp << 6) | (c & 0x3f);
		}
		if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
		i += need + 1;
	}
	return bytes.length;
}
