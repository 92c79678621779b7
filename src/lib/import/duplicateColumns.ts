/**
 * A header that names one column twice is refused, as the data build refuses it: which of two
 * `value` columns would a layout read? Names are compared the way the layouts find columns (case,
 * spaces, `_` and `-` ignored); empty names (a trailing comma) are not names. In an HXL file the
 * tag row tells columns apart, so a name counts together with its tag. The message names the
 * columns by their spreadsheet letters, so the user finds them in the program that made the file.
 */
import { columnKey } from './layouts/columns';

/** 0 → A, 25 → Z, 26 → AA, as spreadsheets letter columns. */
export function columnLetter(index: number): string {
	let letters = '';
	for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
	return letters;
}

/** The problem in words, or null when every named column is named once. */
export function duplicateColumns(header: readonly string[], tags: readonly string[] | null = null): string | null {
	const seen = new Map<string, number[]>();
	header.forEach((name, i) => {
		if (name.trim() === '') return;
		const key = `${columnKey(name)}\u0000${tags && tags !== header ? columnKey(tags[i] ?? '') : ''}`;
		seen.set(key, [...(seen.get(key) ?? []), i]);
	});
	const repeated = [...seen.values()].filter((at) => at.length > 1);
	if (!repeated.length) return null;
	const described = repeated.map((at) => {
		const letters = at.map(columnLetter);
		const list = letters.length === 2 ? letters.join(' and ') : `${letters.slice(0, -1).join(', ')} and ${letters.at(-1)}`;
		return `columns ${list} are ${at.length === 2 ? 'both' : 'all'} named ${JSON.stringify(header[at[0]].trim())}`;
	});
	const text = described.join('; ');
	return `${text[0].toUpperCase()}${text.slice(1)}. Each column needs its own name (the data build refuses repeated names too): rename or remove the extra one${repeated.length > 1 || repeated[0].length > 2 ? 's' : ''} and pick the file again.`;
}
