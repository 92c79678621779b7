/**
 * The database's life cycle as a rune, for the notice and the panels that need DuckDB:
 * idle → loading (with download progress) → ready | error. Every change is mirrored to
 * `<html data-db="…">` so tests, CSS and the benchmark can follow it without JavaScript hooks.
 * This module never imports DuckDB itself, so any component may import it.
 */
export type DbPhase = 'idle' | 'loading' | 'ready' | 'error';

/**
 * `wasm`: the browser has no WebAssembly; `engine`: the engine did not download or start;
 * `data`: the engine runs but the published database did not load.
 */
export type DbFailure = 'wasm' | 'engine' | 'data';

export interface DbProgress {
	step: 'engine' | 'data' | 'setup';
	bytesLoaded: number;
	/** 0 when the server did not say how big the download is. */
	bytesTotal: number;
}

class DbStatus {
	phase = $state<DbPhase>('idle');
	progress = $state<DbProgress>({ step: 'engine', bytesLoaded: 0, bytesTotal: 0 });
	failure = $state<DbFailure | null>(null);
	/** The technical reason, for the "details" part of the notice. */
	detail = $state('');
}

export const dbStatus = new DbStatus();

function mirror(phase: DbPhase): void {
	if (typeof document !== 'undefined') document.documentElement.dataset.db = phase;
}

export function markLoading(progress: Partial<DbProgress>): void {
	dbStatus.phase = 'loading';
	dbStatus.progress = { ...dbStatus.progress, ...progress };
	mirror('loading');
}

export function markReady(): void {
	dbStatus.phase = 'ready';
	dbStatus.failure = null;
	mirror('ready');
}

export function markFailed(failure: DbFailure, detail: string): void {
	dbStatus.phase = 'error';
	dbStatus.failure = failure;
	dbStatus.detail = detail;
	mirror('error');
	if (typeof document !== 'undefined') document.documentElement.dataset.dbFailure = failure;
}
