/**
 * A console result → CSV text, by the site's one CSV writer (`writeCsv`). Cells hold the same text
 * the table shows, numbers unformatted, NULL as an empty cell. Text a spreadsheet could run as a
 * formula gets a leading ' (see csv/formulaCell.ts); names chosen in SQL (`AS "=cmd"`) too.
 */
import { writeCsv } from '$lib/data/csv/writeCsv';
import type { CellValue } from './cellValue';
import { exportNames } from './exportNames';
import { formatCell } from './formatCell';
import type { ResultSet } from './resultSet';

export function resultToCsv(result: ResultSet): string {
	const { columns, data } = result;
	const rows: CellValue[][] = new Array(result.rowCount);
	for (let i = 0; i < result.rowCount; i++) {
		rows[i] = columns.map((column, j) => {
			const value = data[j][i];
			if (value === null || column.kind === 'number' || column.kind === 'boolean') return value;
			return formatCell(value, column.kind);
		});
	}
	return writeCsv(exportNames(columns.map((c) => c.name)), rows, { newline: '\r\n' });
}
