/**
 * Runs async tasks strictly one after another, in the order they were queued. A DuckDB-WASM
 * connection holds one open result: a streamed query (`conn.send`) is read batch by batch, and any
 * other statement on the same connection in between closes that stream early, so the reader sees
 * a short or empty result with no error. Everything that uses one connection goes through one queue.
 * A task that fails does not stop the ones queued after it.
 */
export type Queue = <T>(task: () => Promise<T>) => Promise<T>;

export function oneAtATime(): Queue {
	let tail: Promise<unknown> = Promise.resolve();
	return <T>(task: () => Promise<T>): Promise<T> => {
		const run = tail.then(task, task);
		tail = run.catch(() => undefined);
		return run;
	};
}
