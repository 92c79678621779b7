/**
 * Quotes a value as a SQL string literal. Only for the few statements DuckDB cannot prepare
 * (ATTACH takes no parameters) and only with values the app itself computed, never user input.
 */
export function sqlString(value: string): string {
	return `'${value.replaceAll("'", "''")}'`;
}

/** Quotes an identifier (a table or column name) for DuckDB. */
export function sqlIdentifier(name: string): string {
	return `"${name.replaceAll('"', '""')}"`;
}
