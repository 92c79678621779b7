/**
 * A console result → CSV text (PapaParse). Cells hold the same text the table shows, numbers
 * unformatted. Text starting with = + - @ is prefixed with ' (PapaParse's escapeFormulae) so a
 * spreadsheet opening the file cannot run it as a formula.
 */
import Papa from 'papaparse';
import { exportNames } from './exportNames';
import { formatCell } from './formatCell';
import type { ResultSet } from './resultSet';

export function resultToCsv(result: ResultSet): string {
	const { columns, data } = result;
	const rows: (string | number | boolean | null)[][] = new Array(result.rowCount);
	for (let i = 0; i < result.rowCount; i++) {
		rows[i] = columns.map((column, j) => {
			const value = data[j][i];
			if (value === null || column.kind === 'number' || column.kind === 'boolean') return value;
			return formatCell(value, column.kind);
		});
	}
	return Papa.unparse({ fields: exportNames(columns.map((c) => c.name)), data: rows }, { escapeFormulae: true });
}
