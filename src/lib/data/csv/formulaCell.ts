/**
 * Spreadsheet formula injection (OWASP "CSV Injection", CWE-1236): a spreadsheet opening a CSV runs
 * a cell that starts with `=`, `+`, `-` or `@` (and, in some programs, a tab, carriage return or
 * NUL before one) as a formula: `=HYPERLINK(…)` in an imported note would become a live link, DDE
 * payloads can start programs. OWASP's rule: such a cell gets a single quote in front, which
 * spreadsheets show as text and never evaluate.
 *
 * Decisions:
 * - A cell whose whole text is a plain decimal number (`-5`, `-0.25`, `-1e-3`) is left as it is,
 *   whatever its column type: every spreadsheet reads it as that number, and a number cannot carry
 *   a formula. So published negatives and console results stay numbers; `-1+1` or `-5 %` are text
 *   and get the quote.
 * - Leading spaces (ASCII, line breaks, the ideographic space) before a formula character, and the
 *   full-width `＝ ＋ － ＠` that CJK spreadsheets accept as formula starts, count too: some programs
 *   trim or fold them when they open a file.
 */

const FORMULA_START = /^[\s\u3000\0]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;
const CONTROL_START = /^[\t\r\0]/;
const PLAIN_NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/** True when a spreadsheet could read `text` as a formula (see the decisions above). */
export function startsLikeFormula(text: string): boolean {
	return (FORMULA_START.test(text) || CONTROL_START.test(text)) && !PLAIN_NUMBER.test(text);
}

/** `text`, with a single quote in front when a spreadsheet could run it as a formula. */
export function neutraliseFormula(text: string): string {
	return startsLikeFormula(text) ? `'${text}` : text;
}
