/**
 * The text of one result cell, as shown in the table and written to CSV. Numbers are not grouped
 * or rounded (researchers copy them); dates are ISO 8601 in UTC, the way DuckDB prints them.
 */
import type { CellKind } from './cellKind';
import type { CellValue } from './cellValue';

export function formatCell(value: CellValue, kind: CellKind): string {
	if (value === null) return 'NULL';
	if (kind === 'date' && typeof value === 'number') return new Date(value).toISOString().slice(0, 10);
	if (kind === 'timestamp' && typeof value === 'number') {
		return new Date(value).toISOString().replace('T', ' ').replace(/\.000Z$|Z$/, '');
	}
	return String(value);
}
