/**
 * Splits a DuckDB error into its message and the position in the query it points at. DuckDB
 * reports positions two ways, and we read both:
 * - streamed queries (`send`) give parser errors as JSON with a byte `position`:
 *   `{"exception_type":"Parser","exception_message":"syntax error …","position":"14"}`;
 * - other errors end with a context block, its caret under the offending token:
 *
 *       Binder Error: Referenced column "foo" not found …
 *
 *       LINE 2:   foo FROM observations
 *                 ^
 *
 * On long lines DuckDB clips the excerpt with "...", so we find it in the query's own line.
 * Positions are a 1-based line, a 0-based column and a 0-based offset into the query string.
 */
export interface SqlPosition {
	line: number;
	column: number;
	offset: number;
}

export interface SqlErrorInfo {
	/** The message without the LINE block, e.g. `Parser Error: syntax error at or near "FORM"`. */
	message: string;
	position: SqlPosition | null;
}

const CONTEXT = /\n*LINE (\d+): ([^\n]*)\n( *)\^[^]*$/;

export function parseSqlError(raw: string, sql: string): SqlErrorInfo {
	const json = parseJsonError(raw);
	const text = json ? `${json.type} Error: ${json.message}` : raw;
	const match = CONTEXT.exec(text);
	const message = (match ? text.slice(0, match.index) : text).trim();
	if (json?.byteOffset !== undefined) return { message, position: positionAt(sql, charOffset(sql, json.byteOffset)) };
	if (!match) return { message, position: null };
	const line = Number(match[1]);
	const lineText = sql.split('\n')[line - 1];
	if (lineText === undefined) return { message, position: null };
	let excerpt = match[2];
	let caret = match[3].length - `LINE ${match[1]}: `.length;
	if (excerpt.startsWith('...')) {
		excerpt = excerpt.slice(3);
		caret -= 3;
	}
	if (excerpt.endsWith('...')) excerpt = excerpt.slice(0, -3);
	const start = Math.max(0, lineText.indexOf(excerpt));
	const column = Math.max(0, Math.min(lineText.length, start + caret));
	const lineStart = sql.split('\n').slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0);
	return { message, position: { line, column, offset: lineStart + column } };
}

function parseJsonError(raw: string): { type: string; message: string; byteOffset?: number } | null {
	if (!raw.startsWith('{')) return null;
	try {
		const e = JSON.parse(raw) as Record<string, unknown>;
		if (typeof e.exception_type !== 'string' || typeof e.exception_message !== 'string') return null;
		const position = Number(e.position);
		return { type: e.exception_type, message: e.exception_message, byteOffset: e.position !== undefined && Number.isInteger(position) ? position : undefined };
	} catch {
		return null;
	}
}

/** DuckDB counts UTF-8 bytes; JavaScript strings count UTF-16 units (they differ for Khmer). */
function charOffset(sql: string, byteOffset: number): number {
	const bytes = new TextEncoder().encode(sql);
	return new TextDecoder().decode(bytes.slice(0, Math.min(byteOffset, bytes.length))).length;
}

function positionAt(sql: string, offset: number): SqlPosition {
	const before = sql.slice(0, offset).split('\n');
	return { line: before.length, column: before[before.length - 1].length, offset };
}
