/**
 * The explorer's table shows the first TABLE_PAGE figures of a view and says how many there are,
 * with a button for the rest: drawing thousands of table rows took seconds at each filter change
 * on a dense view, while the published views have at most a few dozen figures (never cut).
 */
export const TABLE_PAGE = 500;

export interface TablePage<T> {
	/** The rows to render, in the view's order. */
	shown: T[];
	/** How many rows follow and are not rendered (0 when all are). */
	hidden: number;
}

export function tablePage<T>(rows: readonly T[], showAll: boolean, size = TABLE_PAGE): TablePage<T> {
	if (showAll || rows.length <= size) return { shown: [...rows], hidden: 0 };
	return { shown: rows.slice(0, size), hidden: rows.length - size };
}
