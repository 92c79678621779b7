/**
 * The SQL console's state and actions: its own DuckDB connection (so cancelling touches only the
 * console's query), the current SQL, the last result or error, and the schema listing. DuckDB is
 * loaded by `start()`, which the page calls from onMount; nothing here runs during prerender.
 */
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { errorMessage } from '$lib/db/DbError';
import { runUserSql } from '$lib/db/console/runUserSql';
import { parseSqlError, type SqlErrorInfo } from '$lib/db/console/parseSqlError';
import { listSchema, type SchemaTable } from '$lib/db/console/listSchema';
import type { ResultSet } from '$lib/db/console/resultSet';
import type { SqlConnection } from '$lib/db/arrowLike';
import { oneAtATime } from '$lib/db/oneAtATime';

export type ConsolePhase = 'starting' | 'ready' | 'running' | 'unavailable';

export const DEFAULT_SQL = `SELECT indicator_id, geo_id, year, value, unit, source_id
FROM observations
ORDER BY indicator_id, geo_id, year
LIMIT 100`;

export class SqlConsole {
	sql = $state(DEFAULT_SQL);
	phase = $state<ConsolePhase>('starting');
	result = $state.raw<ResultSet | null>(null);
	error = $state.raw<(SqlErrorInfo & { sql: string }) | null>(null);
	/** Set when the last run was cancelled by the user. */
	cancelledAfterMs = $state<number | null>(null);
	schema = $state.raw<SchemaTable[]>([]);
	/** Finished runs so far; the page exposes it as `data-runs` so tests and the benchmark can wait for one. */
	runs = $state(0);
	#conn: AsyncDuckDBConnection | null = null;
	/** The user's query streams its result: the schema listing must not run on the connection meanwhile. */
	#exclusive = oneAtATime();
	#startedAt = 0;
	#cancelling = false;

	async start(): Promise<void> {
		try {
			const { openConnection } = await import('$lib/db/connect');
			this.#conn = await openConnection();
			// The user's kept imports (/import/) become tables beside the published ones; a broken one
			// is listed on /import/ and must not keep the console from starting.
			const { ensureImportsLoaded } = await import('$lib/import/ensureImportsLoaded');
			await ensureImportsLoaded().catch(() => undefined);
			this.phase = 'ready';
			await this.refreshSchema();
		} catch {
			this.phase = 'unavailable'; // the layout's DbStatus notice explains why
		}
	}

	async refreshSchema(): Promise<void> {
		if (!this.#conn) return;
		try {
			const conn = this.#conn as unknown as SqlConnection;
			this.schema = await this.#exclusive(() => listSchema(conn));
		} catch {
			// a user may have dropped the catalog views; keep the last listing
		}
	}

	async run(): Promise<void> {
		const conn = this.#conn;
		if (!conn || this.phase !== 'ready' || !this.sql.trim()) return;
		const sql = this.sql;
		this.phase = 'running';
		this.error = null;
		this.cancelledAfterMs = null;
		this.#cancelling = false;
		this.#startedAt = performance.now();
		try {
			this.result = await this.#exclusive(() => runUserSql(conn, sql));
		} catch (e) {
			this.result = null;
			if (this.#cancelling) this.cancelledAfterMs = performance.now() - this.#startedAt;
			else this.error = { ...parseSqlError(errorMessage(e), sql), sql };
		} finally {
			this.phase = 'ready';
			this.runs += 1;
		}
		await this.refreshSchema();
	}

	async cancel(): Promise<void> {
		if (this.phase !== 'running' || !this.#conn) return;
		this.#cancelling = true;
		await this.#conn.cancelSent();
	}
}
