/**
 * The console's state machine against a fake engine whose connections behave like DuckDB's: each
 * holds one open result (a statement run while a streamed result is read closes that stream, which
 * then ends with no error), a terminated worker never answers, and a query can ignore cancelling.
 */
import { describe, expect, it, vi } from 'vitest';
import { consoleStatus } from '$lib/db/status.svelte';

const tick = () => new Promise((resolve) => setTimeout(resolve, 2));
/** Resolves as soon as `done()` holds, checking on every macrotask (as a user or a test driver would act). */
async function until(done: () => boolean, ms = 5000) {
	const end = Date.now() + ms;
	while (!done()) {
		if (Date.now() > end) throw new Error('condition not met in time');
		await new Promise((resolve) => setTimeout(resolve, 0));
	}
}

function batch(rows: number) {
	const fields = [{ name: 'i', type: { typeId: 2, toString: () => 'Int32' } }];
	return { numRows: rows, schema: { fields }, getChildAt: () => ({ get: (i: number) => i }) };
}

class FakeConnection {
	/** Bumped by every statement; a stream stops when a newer statement has started. */
	generation = 0;
	closedStreams = 0;
	cancelRequests = 0;

	constructor(private readonly behaviour: { hang?: (sql: string) => boolean; fail?: (sql: string) => string | null }) {}

	async send(sql: string) {
		const mine = ++this.generation;
		await tick();
		const failure = this.behaviour.fail?.(sql);
		if (failure) throw new Error(failure);
		if (this.behaviour.hang?.(sql)) return new Promise<never>(() => undefined); // ignores cancelSent
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
		return { query: async () => (++this.generation, await tick(), batch(0)), close: async () => undefined };
	}

	cancelSent = async () => (this.cancelRequests++, true);
}

const engine = vi.hoisted(() => ({
	connections: [] as unknown[],
	behaviour: {} as { hang?: (sql: string) => boolean; fail?: (sql: string) => string | null },
	restarts: [] as string[],
	checked: [] as string[],
	session: null as null | { db: { connect: () => Promise<unknown> }; lost: Promise<never>; end: (e: Error) => void }
}));

function newSession() {
	let end!: (e: Error) => void;
	const lost = new Promise<never>((_, reject) => (end = reject));
	lost.catch(() => undefined);
	engine.session = {
		db: {
			connect: async () => {
				const c = new FakeConnection(engine.behaviour);
				engine.connections.push(c);
				return c;
			}
		},
		lost,
		end
	};
	consoleStatus.markReady();
	return engine.session;
}

vi.mock('$lib/db/console/consoleEngine', () => ({
	consoleEngine: {
		start: async () => engine.session ?? newSession(),
		restart: async (reason: string) => {
			engine.restarts.push(reason);
			engine.session?.end(new Error(reason));
			consoleStatus.markLoading({ step: 'engine' });
			await tick();
			return newSession();
		},
		checkAfterError: async (e: Error) => (engine.checked.push(e.message), false)
	}
}));
vi.mock('$lib/import/listImports', () => ({ listImports: async () => [] }));
vi.mock('$lib/import/loadImportsIntoDb', () => ({ loadImportsIntoDb: async () => ({ loaded: [], failed: [] }) }));

const { SqlConsole, CANCEL_GRACE_MS } = await import('../../../src/routes/sql/sqlConsole.svelte');

async function readyConsole(shared: string | null = null) {
	const sqlConsole = new SqlConsole();
	sqlConsole.open(shared);
	await until(() => sqlConsole.phase === 'ready');
	const refreshed = sqlConsole.refresh();
	return { sqlConsole, refreshed };
}

describe('SqlConsole', () => {
	it('fills the editor from a shared link and does not run it', async () => {
		const { sqlConsole, refreshed } = await readyConsole("SELECT 'from a link'");
		await refreshed;
		await tick();
		expect(sqlConsole.sql).toBe("SELECT 'from a link'");
		expect(sqlConsole.fromLink).toBe(true);
		expect(sqlConsole.runs).toBe(0);
		expect(sqlConsole.result).toBeNull();
		await sqlConsole.run();
		expect(sqlConsole.fromLink).toBe(false);
		expect(sqlConsole.result?.rowCount).toBe(5000);
	});

	it('returns the whole result of a query run while the schema is being listed (on another connection)', async () => {
		const { sqlConsole, refreshed } = await readyConsole();
		sqlConsole.sql = 'SELECT * FROM range(5000)';
		await sqlConsole.run();
		await refreshed;
		expect(sqlConsole.error).toBeNull();
		expect(sqlConsole.result?.rowCount).toBe(5000);
		expect((engine.connections as FakeConnection[]).reduce((n, c) => n + c.closedStreams, 0)).toBe(0);
	});

	it('shows an error and is ready again; the engine is asked whether the error broke it', async () => {
		engine.behaviour.fail = (sql) => (sql.includes('boom') ? 'RuntimeError: memory access out of bounds' : null);
		const { sqlConsole } = await readyConsole();
		sqlConsole.sql = 'SELECT boom';
		await sqlConsole.run();
		expect(sqlConsole.error?.message).toContain('memory access out of bounds');
		expect(sqlConsole.phase).toBe('ready');
		expect(engine.checked).toContain('RuntimeError: memory access out of bounds');
		engine.behaviour.fail = undefined;
	});

	it('cancels a query that ignores cancelling by restarting the engine, and says so', async () => {
		engine.behaviour.hang = (sql) => sql.includes('forever');
		const { sqlConsole } = await readyConsole();
		sqlConsole.sql = 'SELECT forever';
		const running = sqlConsole.run();
		await until(() => sqlConsole.phase === 'running');
		const asked = Date.now();
		await sqlConsole.cancel();
		await running;
		const took = Date.now() - asked;
		expect(took).toBeGreaterThanOrEqual(CANCEL_GRACE_MS - 50);
		expect(took).toBeLessThan(CANCEL_GRACE_MS + 1000);
		expect(sqlConsole.cancelledAfterMs).not.toBeNull();
		expect(sqlConsole.restartedOnCancel).toBe(true);
		expect(sqlConsole.error).toBeNull();
		expect(engine.restarts).toHaveLength(1);
		expect(engine.restarts[0]).toMatch(/did not stop when cancelled/);
		// The fresh engine takes the next query.
		engine.behaviour.hang = undefined;
		await until(() => sqlConsole.phase === 'ready');
		await sqlConsole.refresh();
		sqlConsole.sql = 'SELECT 42';
		await sqlConsole.run();
		expect(sqlConsole.result?.rowCount).toBe(5000);
	});
});
