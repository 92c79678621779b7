/**
 * Finds where the table starts in the first rows of a file: lines of metadata above it (the WDI
 * "Data Source" block), the header row, and an HXL hashtag row under it. The header is the first
 * row as wide as most rows with at least two non-empty cells; blank and narrow title lines above it
 * are preamble.
 */

export interface HeaderPosition {
	/** Row index (0-based, in the parsed rows) of the header. */
	header: number;
	/** Row index of the HXL hashtag row, or -1. */
	tags: number;
	/** Row index where data rows start. */
	data: number;
}

const nonEmpty = (row: string[]) => row.filter((c) => c.trim() !== '').length;

/** An HXL hashtag row: every non-empty cell is a hashtag, and most cells are filled. */
export function isTagRow(row: string[]): boolean {
	const filled = row.filter((c) => c.trim() !== '');
	return filled.length >= 2 && filled.every((c) => /^#[A-Za-z][\w]*(\s*\+\s*[\w]+)*$/.test(c.trim()));
}

export function findHeader(rows: string[][]): HeaderPosition | null {
	const widths = rows.filter((r) => nonEmpty(r) > 0).map((r) => r.length);
	if (!widths.length) return null;
	const freq = new Map<number, number>();
	for (const w of widths) freq.set(w, (freq.get(w) ?? 0) + 1);
	const modalWidth = [...freq].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0][0];
	const header = rows.findIndex((r) => r.length >= modalWidth && nonEmpty(r) >= 2);
	if (header < 0) return null;
	// A tag row may also stand alone as the first row (HXL allows a file without text headers).
	if (isTagRow(rows[header])) return { header, tags: header, data: header + 1 };
	const tags = header + 1 < rows.length && isTagRow(rows[header + 1]) ? header + 1 : -1;
	return { header, tags, data: tags >= 0 ? tags + 1 : header + 1 };
}
