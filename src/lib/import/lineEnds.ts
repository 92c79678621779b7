/**
 * Line ends, decided one line at a time. Files put together from several sources mix them (a CRLF
 * header pasted above LF rows); PapaParse guesses ONE line end for the whole file from its start,
 * so such a file became a single row. We turn every line end outside a quoted field (CRLF, LF or a
 * lone CR) into LF before Papa sees the text, and leave quoted fields exactly as the file has them.
 * Works chunk by chunk: the quote state and a CR at the end of a chunk carry over to the next.
 */

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

export class LineEnds {
	private inQuotes = false;
	/** Inside quotes, the last character was a quote: either the closing one or the first of `""`. */
	private quoteSeen = false;
	private fieldStart = true;
	/** The last chunk ended with a CR outside quotes: an LF opening this chunk belongs to it. */
	private afterCr = false;
	private readonly delimiter: number;

	constructor(delimiter: string) {
		this.delimiter = delimiter.charCodeAt(0);
	}

	/** The next chunk of text, with its line ends outside quoted fields as LF. */
	push(text: string): string {
		let out = '';
		let from = 0;
		for (let i = 0; i < text.length; i++) {
			const c = text.charCodeAt(i);
			if (this.afterCr) {
				this.afterCr = false;
				if (c === LF) {
					out += text.slice(from, i);
					from = i + 1;
					continue;
				}
			}
			if (this.inQuotes) {
				if (!this.quoteSeen) {
					if (c === QUOTE) this.quoteSeen = true;
					continue;
				}
				this.quoteSeen = false;
				if (c === QUOTE) continue;
				this.inQuotes = false;
			}
			if (c === QUOTE) {
				// Like Papa, a quote opens a quoted field only at the field's start.
				if (this.fieldStart) this.inQuotes = true;
				this.fieldStart = false;
			} else if (c === CR) {
				out += `${text.slice(from, i)}\n`;
				from = i + 1;
				this.afterCr = true;
				this.fieldStart = true;
			} else this.fieldStart = c === LF || c === this.delimiter;
		}
		return from === 0 ? text : out + text.slice(from);
	}
}

/** A whole text (or the head of a file) with its line ends outside quoted fields as LF. */
export function normalizeLineEnds(text: string, delimiter: string): string {
	return new LineEnds(delimiter).push(text);
}
