/**
 * One in-browser DuckDB in its own Web Worker: the engine starts, the published database is attached
 * read-only, external access is locked (setupSql.ts). Started at most once (single flight) until
 * `restart()`, which ends the worker — a query that ignores cancelling, or an engine a query broke —
 * and starts a fresh one. Browser only: load it through a dynamic import (see connect.ts).
 *
 * A query sent to a worker that is then terminated never settles, so every session carries `lost`,
 * a promise that rejects when its worker ends; callers race their queries against it.
 */
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { startEngine } from './startEngine';
import { EXTENSIONS_OFF, LOCK_DOWN, attachPublished } from './setupSql';
import { publishedUrl } from './publishedUrl';
import { DbError, errorMessage } from './DbError';
import { engineBroken, mayHaveBrokenEngine } from './engineHealth';
import type { DbFailure, EngineStatus } from './status.svelte';

export interface EngineSession {
	db: AsyncDuckDB;
	/** The session's first connection. */
	conn: AsyncDuckDBConnection;
	/** Rejects when this session's worker ends (restart, crash); never resolves. */
	lost: Promise<never>;
}

export interface EngineOptions {
	/**
	 * Results keep 64-bit integers as BigInt and decimals as Arrow decimals (the console shows them
	 * exactly); otherwise both arrive as JavaScript numbers, which the app's typed queries expect.
	 */
	exactNumbers: boolean;
}

/** The reason a session ended, given to whatever was waiting on it. */
export class EngineLost extends Error {
	constructor(reason: string) {
		super(reason);
		this.name = 'EngineLost';
	}
}

/** How long a health probe may take before the engine counts as not answering. */
const PROBE_MS = 3000;

/** The session being started or running, and the means to end its worker. */
interface Live {
	session?: Promise<EngineSession>;
	end: (error: EngineLost) => void;
}

export class Engine {
	#session: Promise<EngineSession> | undefined;
	#live: Live | undefined;

	constructor(
		readonly status: EngineStatus,
		private readonly options: EngineOptions
	) {
		status.restart = () => void this.restart('restarted on request').catch(() => undefined);
	}

	/** The running session, starting the engine if needed. Fails (DbError) if it cannot start. */
	start(): Promise<EngineSession> {
		if (!this.#session) {
			const live: Live = { end: () => undefined };
			this.#live = live;
			this.#session = live.session = this.#start(live);
		}
		return this.#session;
	}

	/** Ends the current worker (whatever it is doing) and starts a fresh engine. */
	restart(reason: string): Promise<EngineSession> {
		this.#live?.end(new EngineLost(reason));
		this.#session = undefined;
		this.status.restartReason = reason;
		return this.start();
	}

	/**
	 * After a query failed: if the error says the engine itself broke (a WebAssembly trap such as
	 * "memory access out of bounds"), or it might have (out of memory) and a probe gets no answer,
	 * the status says so and offers a restart. Returns true when the engine is broken.
	 */
	async checkAfterError(error: unknown): Promise<boolean> {
		const message = errorMessage(error);
		const live = this.#live;
		if (!mayHaveBrokenEngine(message) || !live?.session) return false;
		const session = await live.session.catch(() => null);
		if (!session) return false;
		const broken = engineBroken(message) || !(await this.#answers(session));
		if (broken && this.#live === live) {
			this.status.markFailed('crashed', message);
			live.end(new EngineLost(`the database engine failed: ${message}`));
		}
		return broken;
	}

	async #answers(session: EngineSession): Promise<boolean> {
		let timer: ReturnType<typeof setTimeout> | undefined;
		const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), PROBE_MS)));
		const probe = (async () => {
			const conn = await session.db.connect();
			try {
				const result = await conn.query('SELECT 42 AS answer');
				return Number(result.getChildAt(0)?.get(0)) === 42;
			} finally {
				await conn.close();
			}
		})().catch(() => false);
		try {
			return await Promise.race([probe, timeout, session.lost.catch(() => false)]);
		} finally {
			clearTimeout(timer);
		}
	}

	async #start(live: Live): Promise<EngineSession> {
		const status = this.status;
		status.markLoading({ step: 'engine', bytesLoaded: 0, bytesTotal: 0 });
		let db: AsyncDuckDB;
		let conn: AsyncDuckDBConnection;
		try {
			db = await startEngine((p) => status.markLoading({ step: 'engine', ...p }), this.options.exactNumbers);
			conn = await db.connect();
			await conn.query(EXTENSIONS_OFF.join(';\n'));
		} catch (error) {
			return this.#fail(typeof WebAssembly === 'undefined' ? 'wasm' : 'engine', error);
		}
		const lost = this.#watch(db, live);
		try {
			status.markLoading({ step: 'data' });
			await conn.query(attachPublished(await publishedUrl()).join(';\n'));
			status.markLoading({ step: 'setup' });
			await conn.query(LOCK_DOWN.join(';\n'));
		} catch (error) {
			await db.terminate();
			return this.#fail('data', error);
		}
		status.markReady();
		return { db, conn, lost };
	}

	/** A promise that rejects when this worker ends; `live.end` ends it. */
	#watch(db: AsyncDuckDB, live: Live): Promise<never> {
		let reject!: (error: EngineLost) => void;
		const lost = new Promise<never>((_, r) => (reject = r));
		lost.catch(() => undefined); // observed by whoever races against it; never unhandled
		live.end = (error: EngineLost) => {
			if (this.#live === live) this.#live = undefined;
			live.end = () => undefined;
			void db.terminate();
			reject(error);
		};
		return lost;
	}

	#fail(failure: DbFailure, error: unknown): never {
		this.status.markFailed(failure, errorMessage(error));
		throw new DbError(failure, error);
	}
}

/** Races a query against its session's end, so a terminated worker cannot leave a caller waiting. */
export function untilLost<T>(session: EngineSession, work: Promise<T>): Promise<T> {
	return Promise.race([work, session.lost]);
}
