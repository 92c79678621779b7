/**
 * The figures the explorer shows and the view they belong to. Starts with the prerendered default
 * view; whenever the wanted view's filter changes, loads its figures (DuckDB, else the JSON
 * fallback) and swaps them in only when they arrive, so the page never shows a blank state and
 * never mixes the words of one view with the figures of another. Create during component init.
 */
import type { Observation } from '$lib/data/schema';
import type { ViewFilter } from '$lib/explore/filterObservations';
import { DEFAULT_VIEW } from '$lib/state/viewState';
import { viewRows, type RowsOrigin } from './viewRows';

export const filterKey = (v: ViewFilter) => JSON.stringify([v.indicator, v.geo, v.population_group, v.sex, v.source, v.years]);
const DEFAULT_KEY = filterKey(DEFAULT_VIEW);

export interface Loaded {
	key: string;
	view: ViewFilter;
	rows: Observation[];
	origin: RowsOrigin | 'prerendered';
}

export class LoadedView {
	current: Loaded = $state() as Loaded;
	/** Why the last view could not be loaded; null when it was. */
	failure: string | null = $state(null);

	constructor(wanted: () => ViewFilter, initial: Observation[]) {
		this.current = { key: DEFAULT_KEY, view: DEFAULT_VIEW, rows: initial, origin: 'prerendered' };
		$effect(() => {
			const filter: ViewFilter = { ...wanted() };
			const key = filterKey(filter);
			if (key === this.current.key) return;
			if (key === DEFAULT_KEY) {
				this.current = { key, view: DEFAULT_VIEW, rows: initial, origin: 'prerendered' };
				return;
			}
			let cancelled = false;
			viewRows(filter)
				.then((r) => {
					if (cancelled) return;
					this.current = { key, view: filter, rows: r.rows, origin: r.origin };
					this.failure = null;
				})
				.catch((error: unknown) => {
					if (!cancelled) this.failure = error instanceof Error ? error.message : String(error);
				});
			return () => {
				cancelled = true;
			};
		});
	}

	/** Whether the figures shown are those of `filter`. */
	shows(filter: ViewFilter): boolean {
		return this.current.key === filterKey(filter);
	}
}
