/**
 * Growable typed columns for the imported table. Millions of figures as plain JS arrays of objects
 * or boxed numbers cost gigabytes and long GC pauses; here numbers live in typed arrays (NaN marks
 * a null) and strings in a per-column dictionary with Int32 codes (-1 marks a null), which is also
 * exactly what Arrow's dictionary encoding wants.
 */

function grow<T extends Float64Array | Int32Array | Uint8Array>(a: T, need: number): T {
	if (need <= a.length) return a;
	const next = new (a.constructor as new (n: number) => T)(Math.max(need, a.length * 2));
	next.set(a);
	return next;
}

export class StringColumn {
	codes = new Int32Array(1024);
	readonly dictionary: string[] = [];
	private index = new Map<string, number>();
	length = 0;

	/** The dictionary code of `s` (added if new); -1 for null. */
	codeOf(s: string | null): number {
		if (s === null) return -1;
		let code = this.index.get(s);
		if (code === undefined) {
			code = this.dictionary.push(s) - 1;
			this.index.set(s, code);
		}
		return code;
	}

	push(s: string | null): void {
		const code = this.codeOf(s);
		this.codes = grow(this.codes, this.length + 1);
		this.codes[this.length++] = code;
	}

	get(i: number): string | null {
		const code = this.codes[i];
		return code < 0 ? null : this.dictionary[code];
	}
}

export class NumberColumn {
	values = new Float64Array(1024);
	length = 0;

	push(n: number | null): void {
		this.values = grow(this.values, this.length + 1);
		this.values[this.length++] = n === null ? NaN : n;
	}

	get(i: number): number | null {
		const v = this.values[i];
		return Number.isNaN(v) ? null : v;
	}
}

export class IntColumn {
	values = new Int32Array(1024);
	length = 0;

	push(n: number): void {
		this.values = grow(this.values, this.length + 1);
		this.values[this.length++] = n;
	}

	get(i: number): number {
		return this.values[i];
	}
}

export class BoolColumn {
	values = new Uint8Array(1024);
	length = 0;

	push(b: boolean): void {
		this.values = grow(this.values, this.length + 1);
		this.values[this.length++] = b ? 1 : 0;
	}

	get(i: number): boolean {
		return this.values[i] === 1;
	}
}

export type Column = StringColumn | NumberColumn | IntColumn | BoolColumn;
