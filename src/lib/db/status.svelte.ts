/**
 * The life cycle of each in-browser database as a rune, for the notices and the panels that need
 * DuckDB: idle → loading (with download progress) → ready | error. There are two engines, each in
 * its own worker: the app's (explorer, imports) and the SQL console's, so that nothing typed in the
 * console can reach what the rest of the site reads. `mirrorStatus` writes one of them to
 * `<html data-db="…">` so tests, CSS and the benchmark can follow it without JavaScript hooks.
 * This module never imports DuckDB itself, so any component may import it.
 */
export type DbPhase = 'idle' | 'loading' | 'ready' | 'error';

/**
 * `wasm`: the browser has no WebAssembly; `engine`: the engine did not download or start;
 * `data`: the engine runs but the published database did not load (missing, truncated, damaged);
 * `crashed`: the engine started but then broke (memory access out of bounds, out of memory), so
 * every later query would fail: it can be restarted.
 */
export type DbFailure = 'wasm' | 'engine' | 'data' | 'crashed';

export type EngineName = 'app' | 'console';

export interface DbProgress {
	step: 'engine' | 'data' | 'setup';
	bytesLoaded: number;
	/** 0 when the server did not say how big the download is. */
	bytesTotal: number;
}

export class EngineStatus {
	phase = $state<DbPhase>('idle');
	progress = $state<DbProgress>({ step: 'engine', bytesLoaded: 0, bytesTotal: 0 });
	failure = $state<DbFailure | null>(null);
	/** The technical reason, for the "details" part of the notice. */
	detail = $state('');
	/** Set while the engine restarts, and after, to say why it did (e.g. a query that would not stop). */
	restartReason = $state('');
	/** Starts a fresh engine; set by the engine once it exists (this module never loads DuckDB). */
	restart: (() => void) | null = null;

	constructor(readonly engine: EngineName) {}

	markLoading(progress: Partial<DbProgress>): void {
		this.phase = 'loading';
		this.progress = { ...this.progress, ...progress };
	}

	markReady(): void {
		this.phase = 'ready';
		this.failure = null;
		this.detail = '';
	}

	markFailed(failure: DbFailure, detail: string): void {
		this.phase = 'error';
		this.failure = failure;
		this.detail = detail;
	}
}

/** The explorer's and the import page's database (published figures + imports; no typed SQL). */
export const dbStatus = new EngineStatus('app');
/** The SQL console's own database. */
export const consoleStatus = new EngineStatus('console');

/** The status of the engine a page uses: /sql/ has the console's, every other page the app's. */
export function statusForRoute(routeId: string | null | undefined): EngineStatus {
	return routeId === '/sql' ? consoleStatus : dbStatus;
}

/** Writes a status to `<html data-db data-db-failure>` (call from an effect). */
export function mirrorStatus(status: EngineStatus): void {
	if (typeof document === 'undefined') return;
	const root = document.documentElement;
	root.dataset.db = status.phase;
	if (status.failure) root.dataset.dbFailure = status.failure;
	else delete root.dataset.dbFailure;
}
