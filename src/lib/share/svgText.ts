/**
 * Text inside exported SVG: XML escaping and line wrapping. SVG has no automatic wrapping, so a
 * long title or source line is broken by an estimate of glyph width (generous, so lines never
 * overflow the image in a narrower fallback font).
 */

export function escapeXml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

/** Average advance of a sans-serif glyph, as a share of the font size (upper end of common fonts). */
const GLYPH_WIDTH = 0.56;

/** Estimated width of a line of text in px (generous, see GLYPH_WIDTH). */
export function textWidth(text: string, fontSize: number): number {
	return text.length * fontSize * GLYPH_WIDTH;
}

/** Breaks text into lines at spaces so each fits `width` px at `fontSize`; a single long word gets its own line. */
export function wrapText(text: string, width: number, fontSize: number): string[] {
	const perLine = Math.max(8, Math.floor(width / (fontSize * GLYPH_WIDTH)));
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && line.length + 1 + word.length > perLine) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}
