/**
 * One problem found in the data, located as an editor numbers it (line 1 = header, columns
 * 1-based, counted in characters), and its compiler-style text form `file:line:column: message`.
 */

export type IssueLevel = 'error' | 'warning';

export interface Position {
	line: number;
	column: number;
}

export interface Issue extends Position {
	level: IssueLevel;
	/** The file as the user knows it, e.g. `data/observations.csv`. */
	file: string;
	/** Names the field and the bad value, e.g. `unit: "percnt" is not one of: percent, count`. */
	message: string;
	/** Which check found it (`type`, `enum`, `foreign-key`, `percent-range`, …), for tests and filtering. */
	rule: string;
}

export function formatIssue(issue: Issue): string {
	const prefix = issue.level === 'warning' ? 'warning: ' : '';
	return `${issue.file}:${issue.line}:${issue.column}: ${prefix}${issue.message}`;
}

/** Errors first, then by file, line and column, so a report reads top to bottom like the files. */
export function sortIssues(issues: Issue[]): Issue[] {
	const rank = (i: Issue) => (i.level === 'error' ? 0 : 1);
	return [...issues].sort(
		(a, b) =>
			rank(a) - rank(b) ||
			a.file.localeCompare(b.file) ||
			a.line - b.line ||
			a.column - b.column ||
			a.message.localeCompare(b.message)
	);
}

/** A value as it appears in a message: strings quoted, empty shown as empty. */
export function show(value: unknown): string {
	if (value === null || value === undefined || value === '') return 'empty';
	return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
