/**
 * Fixed column widths (in `ch`) for the virtualised result table, from the header and a sample of
 * rows: with `table-layout: fixed` the columns then stay put while rows scroll in and out.
 */
import { formatCell } from '$lib/db/console/formatCell';
import type { ResultSet } from '$lib/db/console/resultSet';

const SAMPLE = 200;
const MIN = 6;
const MAX = 40;
/** The cell's horizontal padding, in `ch` (widths include it: box-sizing is border-box). */
const PADDING = 3;

export function columnWidths(result: ResultSet): number[] {
	return result.columns.map((column, j) => {
		let widest = column.name.length;
		const values = result.data[j];
		for (let i = 0; i < Math.min(SAMPLE, result.rowCount); i++) {
			widest = Math.max(widest, formatCell(values[i], column.kind).length);
		}
		return Math.min(MAX, Math.max(MIN, widest + PADDING));
	});
}
