/**
 * The explorer's view as a rune that mirrors the URL. The URL is the only store: reading derives
 * the view from `page.url` (so back/forward just work), writing navigates with `goto`, one
 * history entry per user change, keeping focus and scroll where the user is.
 *
 * Prerendered pages cannot read the query string, and the first client render must match the
 * prerendered HTML, so until `mount()` the view is DEFAULT_VIEW; then the URL is applied.
 */
import { goto } from '$app/navigation';
import { page } from '$app/state';
import { parseView, viewQuery, type KnownCodes, type ParsedView } from './urlCodec';
import { DEFAULT_VIEW, type ViewState } from './viewState';

export type ViewCheck = (parsed: ParsedView) => ParsedView;

export class UrlView {
	#mounted = $state(false);
	#known: KnownCodes;
	#check: ViewCheck;

	constructor(known: KnownCodes, check: ViewCheck = (p) => p) {
		this.#known = known;
		this.#check = check;
	}

	readonly parsed: ParsedView = $derived.by(() =>
		this.#mounted
			? this.#check(parseView(page.url.searchParams, this.#known))
			: { view: DEFAULT_VIEW, dropped: [] }
	);

	get view(): ViewState {
		return this.parsed.view;
	}

	/** Parameters of the current URL that could not be applied, with the reason. */
	get dropped() {
		return this.parsed.dropped;
	}

	/** Whether the URL has been applied (false during prerender and hydration). */
	get mounted(): boolean {
		return this.#mounted;
	}

	/** Call from onMount: the URL may be read from now on. */
	mount(): void {
		this.#mounted = true;
	}

	/** The query string of a view that differs from the current one by `change`. */
	href(change: Partial<ViewState>): string {
		return `${page.url.pathname}${viewQuery({ ...this.view, ...change })}`;
	}

	/** A user change: a new history entry, focus and scroll kept. */
	set(change: Partial<ViewState>): Promise<void> {
		return goto(this.href(change), { replaceState: false, keepFocus: true, noScroll: true });
	}
}
