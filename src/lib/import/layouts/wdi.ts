/**
 * World Bank World Development Indicators: the bulk download (API_*.csv: a "Data Source" /
 * "Last Updated Date" preamble, then Country Name, Country Code, Indicator Name, Indicator Code and
 * one column per year, each line ending in a comma) and the DataBank export (Series Name, Series
 * Code, Country Name, Country Code, "2000 [YR2000]" columns, `..` for no data, footer lines).
 * Each year cell becomes one record; empty and `..` cells are counted as gaps by the importer.
 */
import type { HeadSample, ImportRecord, Layout } from '../types';
import { cell, decimalPoint, findColumn, textCell } from './columns';
import { unitFromText } from '../unitFromText';

/** WDI codes end in .ZS for percentages and .TOTL for totals; otherwise read the indicator's title. */
export function wdiUnit(code: string, name: string): string {
	if (/\.ZS$/i.test(code)) return 'percent';
	if (/\.P[35]$/i.test(code)) return unitFromText(name) || 'rate_per_1000';
	if (/\.TOTL$/i.test(code) && !/\(%/.test(name)) return unitFromText(name) || 'count';
	return unitFromText(name);
}

function lastUpdated(preamble: string[][]): string {
	const row = preamble.find((r) => /last updated/i.test(r[0] ?? ''));
	return row ? (row[1] ?? '').trim() : '';
}

export const wdi: Layout = {
	id: 'wdi',
	label: 'World Bank WDI download',
	detect(head: HeadSample) {
		const h = head.header;
		const code = findColumn(h, 'Country Code');
		const indicator = findColumn(h, 'Indicator Code', 'Series Code');
		if (code < 0 || indicator < 0) return null;
		const countryName = findColumn(h, 'Country Name');
		const indicatorName = findColumn(h, 'Indicator Name', 'Series Name');
		const years = h
			.map((name, i) => ({ i, year: /^\s*(\d{4})(\s*\[YR\d{4}\])?\s*$/.exec(name)?.[1] }))
			.filter((c): c is { i: number; year: string } => c.year !== undefined);
		if (!years.length) return null;
		const updated = lastUpdated(head.preamble);
		const source = `World Bank, World Development Indicators${updated ? ` (last updated ${updated})` : ''}`;
		return (row) => {
			const id = cell(row, indicator);
			const name = textCell(row, indicatorName);
			const unit = wdiUnit(id, name);
			const out: ImportRecord[] = [];
			for (const { i, year } of years) {
				const value = cell(row, i);
				out.push({
					indicator_id: id,
					indicator_name: name,
					place_code: cell(row, code),
					place_name: textCell(row, countryName),
					year,
					value: decimalPoint(value, head.delimiter),
					unit,
					source,
					value_column: h[i].trim()
				});
			}
			return out;
		};
	}
};
