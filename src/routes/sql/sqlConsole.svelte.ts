/**
 * The SQL console's state and actions, one per tab (it outlives the page, so a reader who leaves
 * while a query runs finds it running, or its result, on coming back). Queries run in the console's
 * own engine (consoleEngine.ts), never in the one the explorer reads.
 *
 * The reader's query goes first: the console is ready as soon as the published database is attached;
 * imports load and the schema is listed on a second connection, and a query waits for the imports
 * only when it names one. Cancel interrupts the query; if the engine does not stop within
 * CANCEL_GRACE_MS, its worker is ended and a fresh engine started, and the console says so.
 * DuckDB is loaded by `open()`, which the page calls from onMount; nothing here runs during prerender.
 */
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { errorMessage } from '$lib/db/DbError';
import { consoleStatus } from '$lib/db/status.svelte';
import { parseSqlError, type SqlErrorInfo } from '$lib/db/console/parseSqlError';
import type { SchemaTable } from '$lib/db/console/listSchema';
import type { ResultSet } from '$lib/db/console/resultSet';
import type { SqlConnection } from '$lib/db/arrowLike';
import type { ImportConnection } from '$lib/import/insertImport';
import type { EngineSession } from '$lib/db/engine';
import { oneAtATime } from '$lib/db/oneAtATime';

export type ConsolePhase = 'starting' | 'ready' | 'running' | 'unavailable';

/** How long Cancel waits for the engine to stop a query before it ends the engine's worker. */
export const CANCEL_GRACE_MS = 1500;

export const DEFAULT_SQL = `SELECT indicator_id, geo_id, year, value, unit, source_id
FROM observations
ORDER BY indicator_id, geo_id, year
LIMIT 100`;

/** The connections of one engine session: the reader's, and one for imports and the schema. */
interface Connections {
	session: EngineSession;
	user: AsyncDuckDBConnection;
	side: AsyncDuckDBConnection;
	/** Tasks on the side connection, one at a time (a connection holds one open result). */
	sideQueue: ReturnType<typeof oneAtATime>;
	/** Settles when the kept imports are loaded (or failed to). */
	imports: Promise<unknown>;
	importNames: string[];
	loadedImports: Set<string>;
}

let engineModule: Promise<typeof import('$lib/db/console/consoleEngine')> | undefined;
const engine = () => (engineModule ??= import('$lib/db/console/consoleEngine')).then((m) => m.consoleEngine);

/** Work on a session's connection, given up when that session's worker ends (it would never settle). */
const onSession = <T>(c: Connections, work: Promise<T>): Promise<T> => Promise.race([work, c.session.lost]);

export class SqlConsole {
	sql = $state(DEFAULT_SQL);
	/** The editor holds a query from a shared link that has not run yet (the page says so). */
	fromLink = $state(false);
	running = $state(false);
	phase: ConsolePhase = $derived(
		this.running ? 'running' : consoleStatus.phase === 'ready' ? 'ready' : consoleStatus.phase === 'error' ? 'unavailable' : 'starting'
	);
	result = $state.raw<ResultSet | null>(null);
	error = $state.raw<(SqlErrorInfo & { sql: string }) | null>(null);
	/** Set when the last run was cancelled by the reader. */
	cancelledAfterMs = $state<number | null>(null);
	/** Set when cancelling had to end the engine's worker (the reader's own tables are gone). */
	restartedOnCancel = $state(false);
	schema = $state.raw<SchemaTable[]>([]);
	/** Finished runs so far; the page exposes it as `data-runs` so tests and the benchmark can wait for one. */
	runs = $state(0);
	#connections: Promise<Connections> | null = null;
	#startedAt = 0;
	#cancelling = false;
	#run = 0;

	/** Called by the page on mount: fills the editor from a shared link (never runs it) and starts the engine. */
	open(shared: string | null): void {
		if (shared !== null && shared !== this.sql) {
			this.sql = shared;
			this.fromLink = true;
		}
		void engine()
			.then((e) => e.start())
			.catch(() => undefined); // the status notice says why the engine is unavailable
	}

	/**
	 * Once the engine is ready (first start or restart): its connections, the imports brought up to
	 * date and the schema listed. The page calls this whenever the engine becomes ready.
	 */
	refresh(): Promise<void> {
		return this.#ensure()
			.then((c) => this.#refresh(c))
			.catch(() => undefined);
	}

	/** The connections of the engine's current session, opened once per session. */
	async #ensure(): Promise<Connections> {
		const session = await (await engine()).start();
		const current = await this.#connections?.catch(() => null);
		if (current?.session === session) return current;
		this.#connections = this.#connect(session);
		return this.#connections;
	}

	async #connect(session: EngineSession): Promise<Connections> {
		const [user, side] = await Promise.all([session.db.connect(), session.db.connect()]);
		const { listImports } = await import('$lib/import/listImports');
		const importNames = (await listImports().catch(() => [])).map((m) => m.name);
		const c: Connections = { session, user, side, sideQueue: oneAtATime(), imports: Promise.resolve(), importNames, loadedImports: new Set() };
		return c;
	}

	/** Brings the imports up to date, then lists the schema, on the side connection. */
	async #refresh(c: Connections): Promise<void> {
		const { syncImports } = await import('$lib/db/console/consoleImports');
		c.imports = onSession(c, c.sideQueue(() => syncImports(c.side as unknown as ImportConnection, c.loadedImports))).catch(() => undefined);
		await c.imports;
		await this.#listSchema(c);
	}

	async #listSchema(c: Connections): Promise<void> {
		const { listSchema } = await import('$lib/db/console/listSchema');
		try {
			this.schema = await onSession(c, c.sideQueue(() => listSchema(c.side as unknown as SqlConnection)));
		} catch {
			// the engine may have been restarted meanwhile; keep the last listing
		}
	}

	async run(): Promise<void> {
		if (this.phase !== 'ready' || !this.sql.trim()) return;
		const sql = this.sql;
		const run = ++this.#run;
		this.running = true;
		this.fromLink = false;
		this.error = null;
		this.cancelledAfterMs = null;
		this.restartedOnCancel = false;
		this.#cancelling = false;
		this.#startedAt = performance.now();
		let c: Connections | null = null;
		try {
			c = await this.#ensure();
			const { mentionsImport } = await import('$lib/db/console/consoleImports');
			if (mentionsImport(sql, c.importNames)) await c.imports;
			const { runUserSql } = await import('$lib/db/console/runUserSql');
			this.result = await onSession(c, runUserSql(c.user, sql));
		} catch (e) {
			this.result = null;
			if (this.#cancelling) this.cancelledAfterMs = performance.now() - this.#startedAt;
			else {
				this.error = { ...parseSqlError(errorMessage(e), sql), sql };
				await (await engine()).checkAfterError(e);
			}
		} finally {
			if (run === this.#run) this.running = false;
			this.runs += 1;
		}
		// A query may have created or dropped tables.
		if (c && consoleStatus.phase === 'ready') await this.#listSchema(c);
	}

	async cancel(): Promise<void> {
		if (!this.running) return;
		const run = this.#run;
		this.#cancelling = true;
		const c = await this.#connections?.catch(() => null);
		void c?.user.cancelSent().catch(() => false);
		setTimeout(() => {
			if (!this.running || this.#run !== run) return;
			this.restartedOnCancel = true;
			// The page's refresh() reconnects once the fresh engine is ready.
			void engine()
				.then((e) => e.restart('A query did not stop when cancelled, so the console’s database was restarted.'))
				.catch(() => undefined);
		}, CANCEL_GRACE_MS);
	}
}

/** One console per tab. */
export const sqlConsole = new SqlConsole();
