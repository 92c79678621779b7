/**
 * Our World in Data grapher export ("Download → Full data (CSV)"): Entity, Code, Year, then one
 * column per indicator titled as on the chart. Aggregates have an OWID_ code (OWID_WRL) or none.
 * Extra text columns (e.g. "World region according to OWID") are not values and are skipped.
 */
import type { HeadSample, ImportRecord, Layout } from '../types';
import { cell, decimalPoint, findColumn, numericColumns, slug, textCell } from './columns';
import { unitFromText } from '../unitFromText';

export const owid: Layout = {
	id: 'owid',
	label: 'Our World in Data grapher export',
	detect(head: HeadSample) {
		const h = head.header;
		const entity = findColumn(h, 'Entity');
		const year = findColumn(h, 'Year');
		if (entity < 0 || year < 0) return null;
		const code = findColumn(h, 'Code');
		const others = h.map((_, i) => i).filter((i) => i !== entity && i !== year && i !== code && h[i].trim() !== '');
		const values = numericColumns(head.rows, others).map((i) => ({
			i,
			id: slug(h[i]),
			name: h[i].trim(),
			unit: unitFromText(h[i])
		}));
		if (!values.length) return null;
		return (row) => {
			const out: ImportRecord[] = [];
			for (const v of values) {
				out.push({
					indicator_id: v.id,
					indicator_name: v.name,
					place_code: cell(row, code) || cell(row, entity),
					place_name: textCell(row, entity),
					year: cell(row, year),
					value: decimalPoint(cell(row, v.i), head.delimiter),
					unit: v.unit,
					source: 'Our World in Data (grapher export)',
					value_column: v.name
				});
			}
			return out;
		};
	}
};
