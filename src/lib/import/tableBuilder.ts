/**
 * Collects validated rows column by column (typed arrays and string dictionaries, see
 * columnStore.ts) and keeps the counts the preview states: rows, places (known or not), years,
 * indicators.
 */
import { BoolColumn, IntColumn, NumberColumn, StringColumn, type Column } from './columnStore';
import { IMPORT_COLUMNS, type ImportColumnType, type ImportRow } from './importRow';

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

const COLUMN: Record<ImportColumnType, () => Column> = {
	VARCHAR: () => new StringColumn(),
	DOUBLE: () => new NumberColumn(),
	INTEGER: () => new IntColumn(),
	BOOLEAN: () => new BoolColumn()
};

export class TableBuilder {
	readonly columns: Record<keyof ImportRow, Column> = Object.fromEntries(
		IMPORT_COLUMNS.map((c) => [c.name, COLUMN[c.type]()])
	) as Record<keyof ImportRow, Column>;
	private places = new Map<string, PlaceCount>();
	private indicators = new Map<string, IndicatorCount>();
	private yearSet = new Set<number>();
	size = 0;

	add(row: ImportRow): void {
		for (const { name } of IMPORT_COLUMNS) (this.columns[name].push as (v: unknown) => void)(row[name]);
		this.size++;
		this.yearSet.add(row.year);
		const place = this.places.get(row.geo_id);
		if (place) place.rows++;
		else this.places.set(row.geo_id, { geo_id: row.geo_id, name: row.geo_name, known: row.geo_known, rows: 1 });
		const ind = this.indicators.get(row.indicator_id);
		if (ind) ind.rows++;
		else this.indicators.set(row.indicator_id, { indicator_id: row.indicator_id, name: row.indicator_name, unit: row.unit, rows: 1 });
	}

	/** One cell, typed as the row field. */
	get<K extends keyof ImportRow>(name: K, i: number): ImportRow[K] {
		return this.columns[name].get(i) as ImportRow[K];
	}

	row(i: number): ImportRow {
		const out = {} as Record<string, unknown>;
		for (const { name } of IMPORT_COLUMNS) out[name] = this.columns[name].get(i);
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
