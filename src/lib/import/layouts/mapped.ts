/**
 * The user's own column mapping, for files no layout recognises: which column is the place, the
 * year, the value and (optionally) the indicator, interval, sex and unit. `suggestMapping` pre-fills
 * the form from column names so a plain "country,year,rate" file needs one click.
 */
import type { ColumnMapping, HeadSample, RowMapper } from '../types';
import { cell, decimalPoint, numericColumns, slug, textCell } from './columns';
import { normalizeUnit } from '../normalizeUnit';
import { unitFromText } from '../unitFromText';

export const MAPPED_LABEL = 'Your column mapping';

export function mappedRows(mapping: ColumnMapping, delimiter: string): RowMapper {
	const constantId = slug(mapping.indicatorName) || 'imported_value';
	return (row) => [
		{
			indicator_id: mapping.indicator >= 0 ? cell(row, mapping.indicator) : constantId,
			indicator_name: mapping.indicator >= 0 ? undefined : mapping.indicatorName,
			place_code: cell(row, mapping.place),
			place_name: textCell(row, mapping.placeName),
			year: cell(row, mapping.year),
			value: decimalPoint(cell(row, mapping.value), delimiter),
			lower: decimalPoint(cell(row, mapping.lower), delimiter),
			upper: decimalPoint(cell(row, mapping.upper), delimiter),
			sex: cell(row, mapping.sex).toLowerCase() || 'total',
			unit: mapping.unit !== undefined && mapping.unit >= 0 ? normalizeUnit(cell(row, mapping.unit)) : (mapping.unitValue ?? '')
		}
	];
}

// Common column names, in English and the languages of files likely to reach this site.
const PLACE = /^(geo|geo_?id|geo_?code|place|country|country_?(code|name)|iso3?|iso_?code|area|province|location|region|ref_?area|entity|adm\d?(_?(code|name|pcode))?|pays|país|pais|land|ខេត្ត|ប្រទេស)$/i;
const YEAR = /^(year|years|yr|time|period|time_?period|date|année|annee|año|ano|jahr|ឆ្នាំ)$/i;
const VALUE = /^(value|obs_?value|val|amount|number|count|rate|percent|estimate|valeur|valor|wert|taux)\b/i;

export function suggestMapping(head: HeadSample): ColumnMapping {
	const h = head.header.map((x) => x.trim());
	const pick = (re: RegExp, not: number[] = []) => h.findIndex((x, i) => re.test(x) && !not.includes(i));
	const place = Math.max(0, pick(PLACE));
	const year = pick(YEAR, [place]);
	const numeric = numericColumns(
		head.rows,
		h.map((_, i) => i).filter((i) => i !== place && i !== year)
	);
	const value = pick(VALUE, [place, year]) >= 0 ? pick(VALUE, [place, year]) : (numeric.at(-1) ?? -1);
	return {
		place,
		year,
		value,
		indicator: -1,
		indicatorName: value >= 0 ? h[value] : '',
		lower: pick(/^(lower|lo|lower_?bound|lci)$/i),
		upper: pick(/^(upper|hi|upper_?bound|uci)$/i),
		sex: pick(/^sex$/i),
		unit: pick(/^(unit|unité|unidad)$/i),
		unitValue: value >= 0 ? unitFromText(h[value]) : ''
	};
}
