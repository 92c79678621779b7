/**
 * Collects validated rows column by column (cheaper than millions of row objects) and keeps the
 * counts the preview states: rows, places (known or not), years, indicators. Repeated strings are
 * interned so a million copies of "KHM" cost one string.
 */
import { IMPORT_COLUMNS, type ImportRow } from './importRow';

export type ImportColumns = { [K in keyof ImportRow]: ImportRow[K][] };

export interface PlaceCount {
	geo_id: string;
	name: string | null;
	known: boolean;
	rows: number;
}

export interface IndicatorCount {
	indicator_id: string;
	name: string | null;
	unit: string | null;
	rows: number;
}

export interface TableSummary {
	rows: number;
	places: PlaceCount[];
	indicators: IndicatorCount[];
	years: { min: number; max: number; count: number } | null;
}

export class TableBuilder {
	readonly columns = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.name, []])) as unknown as ImportColumns;
	private strings = new Map<string, string>();
	private places = new Map<string, PlaceCount>();
	private indicators = new Map<string, IndicatorCount>();
	private yearSet = new Set<number>();
	size = 0;

	private intern<T extends string | null>(s: T): T {
		if (s === null) return s;
		const hit = this.strings.get(s);
		if (hit !== undefined) return hit as T;
		this.strings.set(s, s);
		return s;
	}

	add(row: ImportRow): void {
		const c = this.columns;
		for (const { name } of IMPORT_COLUMNS) {
			const v = row[name];
			(c[name] as unknown[]).push(typeof v === 'string' ? this.intern(v) : v);
		}
		this.size++;
		this.yearSet.add(row.year);
		const place = this.places.get(row.geo_id);
		if (place) place.rows++;
		else this.places.set(row.geo_id, { geo_id: row.geo_id, name: row.geo_name, known: row.geo_known, rows: 1 });
		const ind = this.indicators.get(row.indicator_id);
		if (ind) ind.rows++;
		else this.indicators.set(row.indicator_id, { indicator_id: row.indicator_id, name: row.indicator_name, unit: row.unit, rows: 1 });
	}

	row(i: number): ImportRow {
		const out = {} as Record<string, unknown>;
		for (const { name } of IMPORT_COLUMNS) out[name] = this.columns[name][i];
		return out as unknown as ImportRow;
	}

	summary(): TableSummary {
		const years = [...this.yearSet];
		return {
			rows: this.size,
			// Known places first, then by number of figures.
			places: [...this.places.values()].sort((a, b) => Number(b.known) - Number(a.known) || b.rows - a.rows || a.geo_id.localeCompare(b.geo_id)),
			indicators: [...this.indicators.values()].sort((a, b) => b.rows - a.rows || a.indicator_id.localeCompare(b.indicator_id)),
			years: years.length ? { min: Math.min(...years), max: Math.max(...years), count: years.length } : null
		};
	}
}
