/**
 * BibTeX entries as text: escaping and layout. Field values are wrapped in braces; titles get a
 * second pair so BibTeX styles keep their capitals (place names, acronyms such as HIV).
 */

const SPECIAL: Record<string, string> = {
	'\\': '\\textbackslash{}',
	'{': '\\{',
	'}': '\\}',
	'&': '\\&',
	'%': '\\%',
	$: '\\$',
	'#': '\\#',
	_: '\\_',
	'^': '\\^{}',
	'~': '\\~{}'
};

/** Escapes LaTeX's special characters in ordinary text. */
export function escapeBibtex(text: string): string {
	return text.replace(/[\\{}&%$#_^~]/g, (c) => SPECIAL[c]);
}

/**
 * In a URL only `%` and `#` break BibTeX/hyperref's `\url`; everything else must stay as it is
 * or the link stops working.
 */
export function escapeBibtexUrl(url: string): string {
	return url.replace(/[%#]/g, (c) => `\\${c}`);
}

/** A citation key from any text: ASCII letters, digits and underscores only. */
export function bibtexKey(...parts: (string | number)[]): string {
	return parts
		.map((p) => String(p).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]+/g, '_'))
		.join('_')
		.replace(/_+/g, '_')
		.replace(/^_|_$/g, '');
}

export type BibtexField = [name: string, value: string | null | undefined];

/**
 * `@type{key,\n  name = {value},\n …}`. Values are inserted as given (escape them first);
 * empty fields are left out.
 */
export function bibtexEntry(type: string, key: string, fields: BibtexField[]): string {
	const lines = fields
		.filter((f): f is [string, string] => f[1] !== null && f[1] !== undefined && f[1] !== '')
		.map(([name, value]) => `  ${name} = {${value}}`);
	return `@${type}{${key},\n${lines.join(',\n')}\n}`;
}
