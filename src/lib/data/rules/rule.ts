/**
 * What a cross-field rule is: a function of all the checked tables that returns issues. Rules
 * read only cells that passed the schema checks (`usable`), so one typo gives one message.
 */
import type { Issue, IssueLevel } from '../issue';
import type { TableName } from '../schema';
import type { CheckedRow, CheckedTable, Value } from '../validateTable';

export type { CheckedRow, CheckedTable, Value };

export type CheckedTables = Record<TableName, CheckedTable>;

export interface RuleContext {
	/** Today, `YYYY-MM-DD`: no period may end after it, no source be published after it (fixed in tests). */
	today: string;
}

export type Rule = (tables: CheckedTables, context: RuleContext) => Issue[];

export function issueAt(table: CheckedTable, row: CheckedRow, field: string, rule: string, message: string, level: IssueLevel = 'error'): Issue {
	const where = row.at[field] ?? { line: row.line, column: 1 };
	return { level, file: table.file, line: where.line, column: where.column, rule, message };
}

/** The cell's typed value, or undefined when it is missing or failed a schema check. */
export function usable(row: CheckedRow, field: string): Value | undefined {
	return row.invalid.has(field) ? undefined : row.values[field];
}

export function num(row: CheckedRow, field: string): number | null {
	const v = usable(row, field);
	return typeof v === 'number' ? v : null;
}

export function str(row: CheckedRow, field: string): string | null {
	const v = usable(row, field);
	return typeof v === 'string' ? v : null;
}
