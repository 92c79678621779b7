/**
 * HXL-tagged files as published on HDX: a row of hashtags under the text header (#country+code,
 * #adm1+code, #date+year, #indicator+value, #affected+f, …). Columns are found by tag, not by
 * title, so any header language works. The finest admin level with codes gives the place; either
 * one #indicator+value column (named by #indicator+code/+name) or several count columns (#affected,
 * #inneed, #population, …), each becoming an indicator named after its tag.
 */
import type { HeadSample, ImportRecord, Layout } from '../types';
import { cell, decimalPoint, numericColumns, slug, textCell } from './columns';
import { normalizeUnit } from '../normalizeUnit';

interface Tag {
	i: number;
	name: string;
	attrs: Set<string>;
	spec: string;
}

export function parseTag(text: string, i: number): Tag | null {
	const m = /^#([a-z][\w]*)((?:\s*\+\s*[\w]+)*)$/i.exec(text.trim());
	if (!m) return null;
	const attrs = m[2]
		.split('+')
		.map((a) => a.trim().toLowerCase())
		.filter(Boolean);
	return { i, name: m[1].toLowerCase(), attrs: new Set(attrs), spec: [m[1].toLowerCase(), ...attrs].join('+') };
}

const COUNT_TAGS = new Set(['affected', 'inneed', 'targeted', 'reached', 'population', 'value', 'capacity']);
const LEVELS = ['adm3', 'adm2', 'adm1', 'country'];

function sexOf(attrs: Set<string>): string {
	if (attrs.has('f') || attrs.has('female')) return 'female';
	if (attrs.has('m') || attrs.has('male')) return 'male';
	return 'total';
}

export const hxl: Layout = {
	id: 'hxl',
	label: 'HXL-tagged file (HDX)',
	detect(head: HeadSample) {
		if (!head.tags) return null;
		const tags = head.tags.map(parseTag).filter((t): t is Tag => t !== null);
		const find = (name: string, ...attrs: string[]) =>
			tags.find((t) => t.name === name && attrs.every((a) => t.attrs.has(a)));
		const filled = (t: Tag | undefined) => t !== undefined && head.rows.some((r) => cell(r, t.i) !== '');

		const level = LEVELS.find((l) => filled(find(l, 'code')) || filled(find(l, 'name')));
		if (!level) return null;
		const placeCode = find(level, 'code');
		const placeName = find(level, 'name');
		const yearTag = find('date', 'year') ?? find('date');
		if (!yearTag) return null;

		const indicatorValue = find('indicator', 'value') ?? find('indicator', 'num');
		const indicatorCode = find('indicator', 'code') ?? find('indicator', 'id');
		const indicatorName = find('indicator', 'name');
		const unitTag = find('indicator', 'unit') ?? find('meta', 'unit');
		const sourceTag = find('meta', 'source');
		const counts = indicatorValue
			? [indicatorValue]
			: tags.filter((t) => numericColumns(head.rows, [t.i]).length && COUNT_TAGS.has(t.name));
		if (!counts.length) return null;

		return (row) => {
			const yearText = cell(row, yearTag.i);
			const year = /(\d{4})/.exec(yearText)?.[1] ?? yearText;
			return counts.map((t): ImportRecord => {
				const single = t === indicatorValue;
				const named = single && (indicatorCode || indicatorName);
				return {
					indicator_id: named ? cell(row, (indicatorCode ?? indicatorName)!.i) : slug(t.spec),
					indicator_name: named
						? textCell(row, (indicatorName ?? indicatorCode)!.i)
						: head.header[t.i]?.trim() || t.spec,
					place_code: cell(row, placeCode?.i) || cell(row, placeName?.i),
					place_name: textCell(row, placeName?.i),
					year,
					value: decimalPoint(cell(row, t.i), head.delimiter),
					sex: sexOf(t.attrs),
					unit: normalizeUnit(cell(row, unitTag?.i)) || (t.attrs.has('pct') ? 'percent' : single ? '' : 'count'),
					source: textCell(row, sourceTag?.i) || 'HXL-tagged file (HDX)',
					note: yearText !== year ? `date ${yearText}` : '',
					value_column: head.header[t.i]?.trim() || t.spec
				};
			});
		};
	}
};
