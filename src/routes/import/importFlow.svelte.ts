/**
 * The import page's state and actions: pick a file → read it in the worker (progress, cancel) →
 * map columns if no layout fits → preview and agree → load into DuckDB and keep in the browser.
 * Also the list of kept imports. DuckDB starts only when the user imports or removes, never on
 * page load, and nothing here runs during prerender.
 */
import type { PlaceRef } from '$lib/import/matchPlace';
import type { ImportMeta } from '$lib/import/importMeta';
import type { ParseJob } from '$lib/import/parseInWorker';
import type { ParseOutcome, ReadPayload } from '$lib/import/workerProtocol';
import type { ColumnMapping, ImportIssue } from '$lib/import/types';
import { MAX_IMPORT_BYTES, formatBytes } from '$lib/import/limits';
import type { ImportConnection } from '$lib/import/insertImport';
import type { ImportContentRow } from '$lib/import/importContents';

export type FlowPhase = 'idle' | 'reading' | 'mapping' | 'preview' | 'failed' | 'saving' | 'saved';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export class ImportFlow {
	phase = $state<FlowPhase>('idle');
	file = $state.raw<File | null>(null);
	progress = $state(0);
	outcome = $state.raw<ParseOutcome | null>(null);
	failure = $state.raw<ImportIssue | null>(null);
	agreed = $state(false);
	saved = $state.raw<ImportMeta | null>(null);
	imports = $state.raw<ImportMeta[]>([]);
	storageProblem = $state('');
	/** What DuckDB holds for each import the user opened: rows, or why they could not be read. */
	contents = $state.raw<Record<string, ImportContentRow[] | { error: string }>>({});
	#job: ParseJob | null = null;

	constructor(private readonly places: PlaceRef[]) {}

	get preview(): ReadPayload | null {
		return this.outcome?.status === 'read' ? this.outcome : null;
	}

	async refreshList(): Promise<void> {
		try {
			const { listImports } = await import('$lib/import/listImports');
			this.imports = await listImports();
			this.storageProblem = '';
		} catch (e) {
			this.storageProblem = message(e);
		}
	}

	choose(file: File): void {
		this.reset();
		this.file = file;
		if (file.size > MAX_IMPORT_BYTES) {
			// Said at once, without starting a worker: nothing of the file is read.
			return this.fail(`The file is ${formatBytes(file.size)}, over the ${formatBytes(MAX_IMPORT_BYTES)} limit for imports in the browser. Filter it to the places and years you need first.`);
		}
		void this.read();
	}

	async read(mapping?: ColumnMapping): Promise<void> {
		if (!this.file) return;
		this.phase = 'reading';
		this.progress = 0;
		const { parseInWorker, ParseCancelled } = await import('$lib/import/parseInWorker');
		const job = parseInWorker({ file: this.file, places: this.places, mapping }, (f) => {
			if (this.#job === job) this.progress = f;
		});
		this.#job = job;
		try {
			const outcome = await job.result;
			if (this.#job !== job) return; // a newer file replaced this one
			this.outcome = outcome;
			if (outcome.status === 'failed') this.fail(outcome.issue.message, outcome.issue.line);
			else this.phase = outcome.status === 'needs-mapping' ? 'mapping' : 'preview';
		} catch (e) {
			if (this.#job !== job) return;
			if (e instanceof ParseCancelled) this.reset();
			else this.fail(message(e));
		} finally {
			if (this.#job === job) this.#job = null;
		}
	}

	cancel(): void {
		this.#job?.cancel();
	}

	private fail(text: string, line: number | null = null): void {
		this.failure = { level: 'error', line, column: null, message: text };
		this.phase = 'failed';
	}

	reset(): void {
		const job = this.#job;
		this.#job = null;
		job?.cancel();
		this.phase = 'idle';
		this.file = null;
		this.outcome = null;
		this.failure = null;
		this.agreed = false;
		this.progress = 0;
	}

	private async connection(): Promise<ImportConnection> {
		const { ensureImportsLoaded } = await import('$lib/import/ensureImportsLoaded');
		await ensureImportsLoaded();
		const { getDb } = await import('$lib/db/connect');
		return (await getDb()).conn as unknown as ImportConnection;
	}

	async save(): Promise<void> {
		const p = this.preview;
		if (!p || !this.file || (p.issueCount > 0 && !this.agreed)) return;
		this.phase = 'saving';
		try {
			const conn = await this.connection();
			const { saveImport } = await import('$lib/import/saveImport');
			this.saved = await saveImport(
				conn,
				{
					fileName: this.file.name,
					fileBytes: this.file.size,
					layout: p.layout,
					rows: p.summary.rows,
					years: p.summary.years,
					places: p.summary.places,
					placeCount: p.summary.places.length,
					indicators: p.summary.indicators,
					indicatorCount: p.summary.indicators.length,
					skipped: p.skipped
				},
				p.ipc
			);
			this.phase = 'saved';
		} catch (e) {
			// FailureNotice says that nothing already loaded was changed.
			this.fail(`The import was not kept: ${message(e)}`);
		}
		await this.refreshList();
	}

	async showContents(name: string): Promise<void> {
		try {
			const conn = await this.connection();
			const { importContents } = await import('$lib/import/importContents');
			this.contents = { ...this.contents, [name]: await importContents(conn, name) };
		} catch (e) {
			this.contents = { ...this.contents, [name]: { error: message(e) } };
		}
	}

	async remove(name: string): Promise<void> {
		try {
			const { removeImport } = await import('$lib/import/removeImport');
			const { dbStatus } = await import('$lib/db/status.svelte');
			// Drop the table only if this page session already started DuckDB.
			const conn = dbStatus.phase === 'ready' ? await this.connection() : undefined;
			await removeImport(name, conn);
			if (this.saved?.name === name) this.saved = null;
		} catch (e) {
			this.storageProblem = `Could not remove ${name}: ${message(e)}`;
		}
		await this.refreshList();
	}
}
