/**
 * Sorts the rows under the header into data, blank and ragged (a field count that does not match
 * the header). Ragged and blank rows are held back until the next good row: a ragged row followed
 * by data is an error on its line; the ones still held at the end of the file are footer lines
 * ("Data from database: …", "Last Updated: …") when they read like prose, and otherwise a
 * truncated or ragged last row.
 */
import type { ImportIssue } from './types';

interface Held {
	row: string[];
	line: number;
}

const filled = (row: string[]) => row.filter((c) => c.trim() !== '');

/** Prose such as "Last Updated: 12/16/2024", not a cut-off data row such as "KHM,20". */
function readsLikeFooter(row: string[]): boolean {
	const cells = filled(row);
	return cells.length <= 2 && /[A-Za-z]{2,}[^\n]*[\s:]/.test(cells[0] ?? '');
}

export class RowShape {
	private held: Held[] = [];
	readonly issues: ImportIssue[] = [];
	/** Header width without trailing unnamed columns (WDI lines end with a comma). */
	private readonly needed: number;

	constructor(private readonly header: string[]) {
		let n = header.length;
		while (n > 1 && header[n - 1].trim() === '') n--;
		this.needed = n;
	}

	/** True when `row` is a data row to map now; blank and ragged rows are held. */
	accept(row: string[], line: number): boolean {
		const blank = filled(row).length === 0;
		const fits = row.length >= this.needed && row.slice(this.header.length).every((c) => c.trim() === '');
		if (blank || !fits) {
			this.held.push({ row, line });
			return false;
		}
		for (const h of this.held) if (filled(h.row).length) this.issues.push(this.ragged(h));
		this.held = [];
		return true;
	}

	private ragged({ row, line }: Held): ImportIssue {
		return {
			level: 'error',
			line,
			column: null,
			message: `Line ${line}: ${row.length} field${row.length === 1 ? '' : 's'} where the header has ${this.needed} (ragged row); row skipped.`
		};
	}

	/** At the end of the file: returns how many footer lines were set aside. */
	finish(endsWithoutNewline: boolean): number {
		const rest = this.held.filter((h) => filled(h.row).length);
		this.held = [];
		if (rest.length && rest.every((h) => readsLikeFooter(h.row))) return rest.length;
		rest.forEach((h, i) => {
			if (i === rest.length - 1 && endsWithoutNewline && h.row.length < this.needed) {
				this.issues.push({
					level: 'error',
					line: h.line,
					column: null,
					message: `Line ${h.line}: the file ends in the middle of this row (${h.row.length} of ${this.needed} fields): it looks truncated; row skipped.`
				});
			} else this.issues.push(this.ragged(h));
		});
		return 0;
	}
}

/** The issue for a row whose quoted field never closes (Papa reads it to the end of the file). */
export function unclosedQuote(line: number): ImportIssue {
	return {
		level: 'error',
		line,
		column: null,
		message: `Line ${line}: a quoted field opens here and is never closed, so the rest of the file could not be read: it looks truncated (or has a stray quote); row skipped.`
	};
}
