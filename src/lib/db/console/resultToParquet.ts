/**
 * A console result → a Parquet file (hyparquet-writer; the browser engine cannot write Parquet
 * without an extension we do not load). Numbers, booleans, dates and timestamps keep their
 * types; lists, structs and other values are written as their text.
 */
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { SchemaElement } from 'hyparquet';
import { exportNames } from './exportNames';
import { formatCell } from './formatCell';
import type { ResultColumn, ResultSet } from './resultSet';
import type { CellValue } from './cellValue';

const DAY_MS = 86_400_000;
const SMALL_INT = /^U?Int(8|16)$|^Int32$/;

export function resultToParquet(result: ResultSet): ArrayBuffer {
	const names = exportNames(result.columns.map((c) => c.name));
	const schema: SchemaElement[] = [{ name: 'root', num_children: names.length }];
	const columnData = result.columns.map((column, j) => {
		const [element, data] = encode(column, result.data[j]);
		schema.push({ name: names[j], repetition_type: 'OPTIONAL', ...element });
		return { name: names[j], data };
	});
	return parquetWriteBuffer({ columnData, schema });
}

function encode(column: ResultColumn, values: CellValue[]): [Omit<SchemaElement, 'name'>, unknown[]] {
	switch (column.kind) {
		case 'number':
			return SMALL_INT.test(column.type) ? [{ type: 'INT32' }, values] : [{ type: 'DOUBLE' }, values];
		case 'boolean':
			return [{ type: 'BOOLEAN' }, values];
		case 'date':
			return [{ type: 'INT32', converted_type: 'DATE' }, values.map((v) => (v === null ? null : Math.floor((v as number) / DAY_MS)))];
		case 'timestamp':
			return [{ type: 'INT64', converted_type: 'TIMESTAMP_MILLIS' }, values.map((v) => (v === null ? null : Math.round(v as number)))];
		default:
			return [{ type: 'BYTE_ARRAY', converted_type: 'UTF8' }, values.map((v) => (v === null ? null : formatCell(v, column.kind)))];
	}
}
