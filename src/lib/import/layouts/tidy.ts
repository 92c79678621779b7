/**
 * Our own tidy layout (data/observations.csv, the per-indicator downloads): one figure per row with
 * indicator_id, geo_id, year and value columns; the optional columns keep their names.
 */
import type { HeadSample, ImportRecord, Layout } from '../types';
import { cell, findColumn, textCell } from './columns';

const OPTIONAL = ['lower', 'upper', 'population_group', 'sex', 'unit'] as const;
const TEXT = ['note', 'indicator_name'] as const;

export const tidy: Layout = {
	id: 'tidy',
	label: 'Observatory tidy table',
	detect(head: HeadSample) {
		const h = head.header;
		const indicator = findColumn(h, 'indicator_id');
		const geo = findColumn(h, 'geo_id');
		const year = findColumn(h, 'year');
		const value = findColumn(h, 'value');
		if (indicator < 0 || geo < 0 || year < 0 || value < 0) return null;
		const source = findColumn(h, 'source_id', 'source');
		const placeName = findColumn(h, 'geo_name', 'place_name');
		const optional = OPTIONAL.map((name) => [name, findColumn(h, name)] as const).filter(([, i]) => i >= 0);
		const texts = TEXT.map((name) => [name, findColumn(h, name)] as const).filter(([, i]) => i >= 0);
		return (row) => {
			const rec: ImportRecord = {
				indicator_id: cell(row, indicator),
				place_code: cell(row, geo),
				year: cell(row, year),
				value: cell(row, value),
				source: textCell(row, source),
				place_name: textCell(row, placeName)
			};
			for (const [name, i] of optional) rec[name] = cell(row, i);
			for (const [name, i] of texts) rec[name] = textCell(row, i);
			return [rec];
		};
	}
};
