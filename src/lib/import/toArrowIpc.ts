/**
 * The collected columns as an Arrow IPC stream: the bytes DuckDB loads
 * (`insertArrowFromIPCStream`) and the browser stores. Strings go as dictionary-encoded UTF-8
 * (a few distinct place and indicator codes repeated a million times), numbers straight from their
 * typed arrays with a validity bitmap; DuckDB reads both as plain VARCHAR / DOUBLE / INTEGER
 * columns. Bytes, not an Arrow Table object, cross the worker boundary and reach DuckDB, because
 * duckdb-wasm bundles its own Arrow version and rejects tables built with another
 * (src/lib/db/arrowLike.ts).
 */
import { Bool, Dictionary, Float64, Int32, Table, Utf8, makeData, makeVector, tableToIPC, vectorFromArray, type Vector } from 'apache-arrow';
import { BoolColumn, IntColumn, NumberColumn, StringColumn, type Column } from './columnStore';
import { IMPORT_COLUMNS } from './importRow';

/** Validity bitmap (1 = present) and null count for `length` entries. */
function validity(length: number, isNull: (i: number) => boolean): { nullBitmap: Uint8Array; nullCount: number } {
	const nullBitmap = new Uint8Array(Math.ceil(length / 8)).fill(0xff);
	let nullCount = 0;
	for (let i = 0; i < length; i++) {
		if (isNull(i)) {
			nullBitmap[i >> 3] &= ~(1 << (i & 7));
			nullCount++;
		}
	}
	return { nullBitmap, nullCount };
}

function toVector(column: Column, length: number, dictionaryId: number): Vector {
	if (column instanceof StringColumn) {
		const codes = column.codes.slice(0, length);
		const v = validity(length, (i) => codes[i] < 0);
		for (let i = 0; i < length; i++) if (codes[i] < 0) codes[i] = 0;
		const type = new Dictionary(new Utf8(), new Int32(), dictionaryId);
		const dictionary = vectorFromArray(column.dictionary.length ? column.dictionary : [''], new Utf8());
		return makeVector(makeData({ type, length, data: codes, dictionary, ...v }));
	}
	if (column instanceof NumberColumn) {
		const data = column.values.slice(0, length);
		return makeVector(makeData({ type: new Float64(), length, data, ...validity(length, (i) => Number.isNaN(data[i])) }));
	}
	if (column instanceof IntColumn) return makeVector(makeData({ type: new Int32(), length, data: column.values.slice(0, length) }));
	const bits = new Uint8Array(Math.ceil(length / 8));
	for (let i = 0; i < length; i++) if ((column as BoolColumn).values[i]) bits[i >> 3] |= 1 << (i & 7);
	return makeVector(makeData({ type: new Bool(), length, data: bits }));
}

export function toArrowIpc(columns: Record<string, Column>, length: number): Uint8Array {
	const vectors = Object.fromEntries(IMPORT_COLUMNS.map(({ name }, i) => [name, toVector(columns[name], length, i)]));
	return tableToIPC(new Table(vectors), 'stream');
}
