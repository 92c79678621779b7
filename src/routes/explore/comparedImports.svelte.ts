/**
 * The user's imported series named by the view's `cmp` entries: the imports this browser holds
 * (read once, after mount), the figures of each entry for the view's places, groups and years,
 * and, for entries that cannot be drawn, the reason. Create during component init.
 */
import type { DroppedParam } from '$lib/state/urlCodec';
import type { ViewState } from '$lib/state/viewState';
import type { ImportMeta } from '$lib/import/importMeta';
import type { ImportedObservation } from '$lib/db/queries/importObservations';
import { compareRows } from './compareRows';

export class ComparedImports {
	/** null until read (never during prerender). */
	imports: ImportMeta[] | null = $state<ImportMeta[] | null>(null);
	rows: ImportedObservation[] = $state([]);
	dropped: DroppedParam[] = $state([]);
	/** True while the view names imports whose figures have not arrived yet, so the panel can say it is busy. */
	pending: boolean = $state(false);

	constructor(view: () => ViewState) {
		$effect(() => {
			const v = view();
			const entries = [...v.compare];
			const list = this.imports;
			if (entries.length === 0) {
				this.rows = [];
				this.dropped = [];
				this.pending = false;
				return;
			}
			this.pending = true;
			if (list === null) return;
			let cancelled = false;
			compareRows(entries, list, { ...v, geo: [...v.geo] })
				.then((r) => {
					if (cancelled) return;
					this.rows = r.rows;
					this.dropped = r.dropped;
					this.pending = false;
				})
				.catch((error: unknown) => {
					if (cancelled) return;
					const reason = `could not be read: ${error instanceof Error ? error.message : String(error)}`;
					this.rows = [];
					this.dropped = entries.map((value) => ({ param: 'cmp', value, reason }));
					this.pending = false;
				});
			return () => {
				cancelled = true;
			};
		});
	}

	/** Reads the kept imports (browser only; call from onMount). */
	read(): void {
		import('$lib/import/listImports')
			.then((m) => m.listImports())
			.then((list) => (this.imports = list))
			.catch(() => (this.imports = []));
	}
}
