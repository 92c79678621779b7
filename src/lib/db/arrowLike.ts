/**
 * The small structural slice of DuckDB-WASM's connection and Arrow result objects that our code
 * uses. Both the browser's AsyncDuckDBConnection and the Node test engine (node-blocking build,
 * synchronous) satisfy it, and we never import apache-arrow ourselves: duckdb-wasm bundles its
 * own Arrow version, and mixing two versions breaks `instanceof` checks (an Arrow 21 table
 * given to `insertArrowTable` is silently inserted as nothing).
 */
export interface ArrowField {
	name: string;
	type: { typeId: number; toString(): string };
}

export interface ArrowVectorLike {
	get(index: number): unknown;
}

export interface ArrowBatchLike {
	numRows: number;
	schema: { fields: ArrowField[] };
	getChildAt(index: number): ArrowVectorLike | null;
}

export interface PreparedLike {
	query(...params: unknown[]): ArrowBatchLike | Promise<ArrowBatchLike>;
	close(): unknown;
}

export interface SqlConnection {
	query(sql: string): ArrowBatchLike | Promise<ArrowBatchLike>;
	prepare(sql: string): PreparedLike | Promise<PreparedLike>;
}
