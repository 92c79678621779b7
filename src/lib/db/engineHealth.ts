/**
 * Which query errors mean the engine itself may be broken, rather than the query being wrong.
 * A WebAssembly trap ("memory access out of bounds", "unreachable", …) leaves DuckDB-WASM's memory
 * in an unknown state: after `SELECT len(range(1000000000))` every later query, even `SELECT 42`,
 * fails. DuckDB's own "Out of Memory Error" usually leaves it working, so it is only a suspicion,
 * settled by a probe query (engine.ts).
 */
const TRAP = /memory access out of bounds|RuntimeError|unreachable|table index is out of bounds|function signature mismatch|call stack size exceeded|Aborted\(/i;
const SUSPECT = /out of memory|could not allocate|failed to allocate|bad_alloc/i;

/** The engine is certainly broken. */
export function engineBroken(message: string): boolean {
	return TRAP.test(message);
}

/** The engine may be broken: certain, or worth a probe. */
export function mayHaveBrokenEngine(message: string): boolean {
	return TRAP.test(message) || SUSPECT.test(message);
}
