/**
 * Runs a console query: streams the result batch by batch, keeps at most `maxRows` rows (then
 * stops reading, so a huge result cannot exhaust memory), and times it. The caller cancels a
 * running query with the connection's `cancelSent()`; the stream then ends with an error.
 */
import type { ArrowBatchLike, ArrowField } from '../arrowLike';
import { cellKind } from './cellKind';
import { cellValue, type CellValue } from './cellValue';
import type { ResultColumn, ResultSet } from './resultSet';

/** Enough for exploring and exporting, small enough to keep a tab responsive. */
export const MAX_ROWS = 200_000;

type BatchStream = (AsyncIterable<ArrowBatchLike> | Iterable<ArrowBatchLike>) & {
	schema?: { fields: ArrowField[] } | null;
};

export interface StreamingConnection {
	send(sql: string, allowStreamResult?: boolean): Promise<BatchStream>;
}

export async function runUserSql(conn: StreamingConnection, sql: string, maxRows: number = MAX_ROWS): Promise<ResultSet> {
	const started = performance.now();
	const stream = await conn.send(sql, true);
	let columns: ResultColumn[] | undefined;
	let data: CellValue[][] = [];
	let rowCount = 0;
	let truncated = false;
	for await (const batch of stream) {
		if (!columns) {
			columns = describe(batch.schema.fields);
			data = columns.map(() => []);
		}
		const take = Math.min(batch.numRows, maxRows - rowCount);
		columns.forEach((column, j) => {
			const vector = batch.getChildAt(j);
			const out = data[j];
			for (let i = 0; i < take; i++) out.push(cellValue(vector?.get(i), column.kind));
		});
		rowCount += take;
		if (take < batch.numRows) {
			truncated = true;
			break;
		}
	}
	columns ??= describe(stream.schema?.fields ?? []);
	if (data.length !== columns.length) data = columns.map(() => []);
	return { columns, data, rowCount, truncated, elapsedMs: performance.now() - started };
}

function describe(fields: ArrowField[]): ResultColumn[] {
	return fields.map((f) => ({ name: f.name, type: String(f.type), kind: cellKind(f.type.typeId) }));
}
