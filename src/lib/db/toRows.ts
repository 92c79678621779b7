/**
 * Arrow result → plain JavaScript rows (one object per row, keyed by column name). The database
 * is opened with castBigIntToDouble and castDecimalToDouble, so numbers arrive as numbers; nested
 * values (lists, structs) become arrays and objects, so callers never see Arrow classes.
 */
import type { ArrowBatchLike } from './arrowLike';

export function plainValue(value: unknown): unknown {
	if (value === null || value === undefined) return null;
	if (typeof value === 'bigint') return Number(value);
	if (typeof value === 'object' && !(value instanceof Uint8Array)) {
		const json = (value as { toJSON?: () => unknown }).toJSON;
		if (typeof json === 'function') {
			const converted = json.call(value);
			return Array.isArray(converted) ? converted.map(plainValue) : converted;
		}
	}
	return value;
}

export function toRows<Row>(table: ArrowBatchLike): Row[] {
	const fields = table.schema.fields;
	const columns = fields.map((_, j) => table.getChildAt(j));
	const rows: Row[] = new Array(table.numRows);
	for (let i = 0; i < table.numRows; i++) {
		const row: Record<string, unknown> = {};
		for (let j = 0; j < fields.length; j++) row[fields[j].name] = plainValue(columns[j]?.get(i));
		rows[i] = row as Row;
	}
	return rows;
}
