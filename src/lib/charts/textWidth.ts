/**
 * Estimated width of a label in px for a sans-serif font, without a DOM (charts are laid out
 * during prerender). Errs on the wide side so labels are never clipped.
 */
const NARROW = new Set("iljtfr.,:;'!|() 1");
const WIDE = new Set('mwMW%');

export function textWidth(text: string, fontSize: number): number {
	let em = 0;
	for (const ch of text) {
		if (NARROW.has(ch)) em += 0.32;
		else if (WIDE.has(ch)) em += 0.86;
		else if (ch >= 'A' && ch <= 'Z') em += 0.68;
		else if (ch >= '0' && ch <= '9') em += 0.58;
		else em += 0.55;
	}
	return em * fontSize;
}

/** The text, shortened with an ellipsis if it would be wider than `maxWidth`. */
export function fitText(text: string, maxWidth: number, fontSize: number): string {
	if (textWidth(text, fontSize) <= maxWidth) return text;
	let cut = text;
	while (cut.length > 4 && textWidth(`${cut}…`, fontSize) > maxWidth) cut = cut.slice(0, -1);
	return `${cut.trimEnd()}…`;
}
