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

/**
 * Breaks text into lines at spaces so each fits `width` px at `fontSize`. A word longer than a
 * line (a URL) is cut into line-sized pieces rather than running off the image.
 */
export function wrapText(text: string, width: number, fontSize: number): string[] {
	const perLine = Math.max(8, Math.floor(width / (fontSize * GLYPH_WIDTH)));
	const words = text
		.split(/\s+/)
		.filter(Boolean)
		.flatMap((w) => (w.length <= perLine ? [w] : (w.match(new RegExp(`.{1,${perLine}}`, 'g')) ?? [w])));
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		if (line && line.length + 1 + word.length > perLine) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}
