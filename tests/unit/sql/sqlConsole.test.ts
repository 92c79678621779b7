/**
 * The console's connection holds one open result, as DuckDB's does: a statement run while a
 * streamed result is being read closes that stream, which then ends with no error. The fake
 * connection below enforces that rule, so a schema listing that slips in between a query's
 * batches shows up as a short result.
 */
import { describe, expect, it, vi } from 'vitest';

const tick = () => new Promise((resolve) => setTimeout(resolve, 2));
/** Resolves as soon as `done()` holds, checking on every macrotask (as a user or a test driver would act). */
async function until(done: () => boolean) {
	while (!done()) await new Promise((resolve) => setTimeout(resolve, 0));
}

function batch(rows: number) {
	const fields = [{ name: 'i', type: { typeId: 2, toString: () => 'Int32' } }];
	return { numRows: rows, schema: { fields }, getChildAt: () => ({ get: (i: number) => i }) };
}

class OneResultConnection {
	/** Bumped by every statement; a stream stops when a newer statement has started. */
	generation = 0;
	closedStreams = 0;

	async send(_sql: string) {
		const mine = ++this.generation;
		await tick();
		const conn = this;
		return {
			schema: batch(0).schema,
			async *[Symbol.asyncIterator]() {
				for (let b = 0; b < 5; b++) {
					await tick();
					if (conn.generation !== mine) {
						conn.closedStreams += 1;
						return;
					}
					yield batch(1000);
				}
			}
		};
	}

	async query() {
		++this.generation;
		return batch(0);
	}

	async prepare() {
		++this.generation;
		await tick();
		return {
			query: async () => {
				++this.generation;
				await tick();
				return batch(0);
			},
			close: async () => undefined
		};
	}

	cancelSent = async () => true;
}

const conn = new OneResultConnection();
vi.mock('$lib/db/connect', () => ({ openConnection: async () => conn }));
vi.mock('$lib/import/ensureImportsLoaded', () => ({ ensureImportsLoaded: async () => ({ loaded: [], failed: [] }) }));

const { SqlConsole } = await import('../../../src/routes/sql/sqlConsole.svelte');

describe('SqlConsole on a connection with one open result', () => {
	it('returns the whole result of a query run the moment the console is ready (while it lists the schema)', async () => {
		const sqlConsole = new SqlConsole();
		const started = sqlConsole.start();
		await until(() => sqlConsole.phase === 'ready');
		sqlConsole.sql = 'SELECT * FROM range(5000)';
		await sqlConsole.run();
		await started;
		expect(sqlConsole.error).toBeNull();
		expect(sqlConsole.result?.rowCount).toBe(5000);
		expect(conn.closedStreams).toBe(0);
	});

	it('returns whole results for queries run back to back, each as soon as the last one is shown', async () => {
		const sqlConsole = new SqlConsole();
		await sqlConsole.start();
		const counts: (number | undefined)[] = [];
		for (let i = 0; i < 3; i++) {
			sqlConsole.sql = `SELECT ${i}`;
			const before = sqlConsole.runs;
			void sqlConsole.run();
			// The next query goes in when this result is on screen, while the schema is listed again.
			await until(() => sqlConsole.runs > before);
			counts.push(sqlConsole.result?.rowCount);
		}
		expect(counts).toEqual([5000, 5000, 5000]);
		expect(conn.closedStreams).toBe(0);
	});
});
