/**
 * The collected columns as an Arrow IPC stream: the bytes DuckDB loads
 * (`insertArrowFromIPCStream`) and the browser stores. Bytes, not an Arrow Table object, cross the
 * worker boundary and reach DuckDB, because duckdb-wasm bundles its own Arrow version and rejects
 * tables built with another (see src/lib/db/arrowLike.ts).
 */
import { Bool, Float64, Int32, Table, Utf8, tableToIPC, vectorFromArray, type DataType } from 'apache-arrow';
import { IMPORT_COLUMNS, type ImportColumnType } from './importRow';
import type { ImportColumns } from './tableBuilder';

const ARROW_TYPE: Record<ImportColumnType, () => DataType> = {
	VARCHAR: () => new Utf8(),
	BOOLEAN: () => new Bool(),
	INTEGER: () => new Int32(),
	DOUBLE: () => new Float64()
};

export function toArrowIpc(columns: ImportColumns): Uint8Array {
	const vectors = Object.fromEntries(
		IMPORT_COLUMNS.map(({ name, type }) => [name, vectorFromArray(columns[name] as unknown[], ARROW_TYPE[type]())])
	);
	return tableToIPC(new Table(vectors), 'stream');
}
