/**
 * SDMX-CSV (1.0: a DATAFLOW first column; 2.0: STRUCTURE, STRUCTURE_ID, ACTION), as served by
 * UNICEF, ILO, OECD or Eurostat. Dimensions come first, then TIME_PERIOD, OBS_VALUE, then
 * attributes. Headers and values may carry labels ("REF_AREA: Reference area", "KHM: Cambodia").
 * The indicator is INDICATOR (or the dataflow) plus any other dimension that is not a total, so two
 * age bands never merge into one series. OBS_VALUE is scaled by UNIT_MULT (10^n), as SDMX defines.
 */
import type { HeadSample, ImportRecord, Layout } from '../types';
import { cell, decimalPoint, isNumberLike, textCell } from './columns';
import { normalizeUnit } from '../normalizeUnit';

/** `KHM: Cambodia` → code KHM, label Cambodia; a bare code has no label. */
export function splitLabel(text: string): { code: string; label: string } {
	const at = text.indexOf(': ');
	return at > 0 ? { code: text.slice(0, at).trim(), label: text.slice(at + 2).trim() } : { code: text.trim(), label: '' };
}

const SEX: Record<string, string> = { _T: 'total', T: 'total', _Z: 'total', F: 'female', M: 'male' };
const TOTALS = new Set(['_T', '_Z', 'T', 'TOTAL', '_X']);
const STRUCTURE = new Set(['DATAFLOW', 'STRUCTURE', 'STRUCTURE_ID', 'ACTION', 'LAST UPDATE']);
const HANDLED = new Set(['REF_AREA', 'GEO', 'TIME_PERIOD', 'SEX', 'UNIT_MEASURE', 'UNIT', 'FREQ', 'INDICATOR']);

/** `UNICEF:GLOBAL_DATAFLOW(1.0)` → `GLOBAL_DATAFLOW`. */
function flowId(structureId: string): string {
	return /:([^(]+)/.exec(structureId)?.[1] ?? structureId;
}

export const sdmx: Layout = {
	id: 'sdmx',
	label: 'SDMX-CSV',
	detect(head: HeadSample) {
		const names = head.header.map((h) => splitLabel(h.replace(/^\uFEFF/, '').replace(/:(?! )/, ': ')).code.toUpperCase());
		const col = (...n: string[]) => names.findIndex((x) => n.includes(x));
		const flow = names[0] === 'DATAFLOW' ? 0 : names[0] === 'STRUCTURE' ? col('STRUCTURE_ID') : -1;
		const time = col('TIME_PERIOD');
		const value = col('OBS_VALUE');
		const area = col('REF_AREA', 'GEO');
		if (flow < 0 || time < 0 || value < 0 || area < 0) return null;
		const action = col('ACTION');
		const indicator = col('INDICATOR');
		const sex = col('SEX');
		const unit = col('UNIT_MEASURE', 'UNIT');
		const mult = col('UNIT_MULT', 'UNIT_MULTIPLIER');
		const lower = col('LOWER_BOUND');
		const upper = col('UPPER_BOUND');
		const dataSource = col('DATA_SOURCE');
		const dims = names
			.map((n, i) => ({ n, i }))
			.filter(({ n, i }) => i < value && !STRUCTURE.has(n) && !HANDLED.has(n));

		return (row) => {
			if (action >= 0 && /^d/i.test(cell(row, action))) return [];
			const flowName = cell(row, flow);
			const place = splitLabel(cell(row, area));
			const ind = indicator >= 0 ? splitLabel(cell(row, indicator)) : { code: flowId(flowName), label: '' };
			const extra = dims.map((d) => splitLabel(cell(row, d.i)).code).filter((c) => c && !TOTALS.has(c.toUpperCase()));
			const period = splitLabel(cell(row, time)).code;
			const year = /^(\d{4})/.exec(period)?.[1] ?? period;
			const unitRaw = splitLabel(cell(row, unit)).code;
			const k = Number(splitLabel(cell(row, mult)).code || 0);
			const scale = (v: string) => {
				const s = decimalPoint(v, head.delimiter);
				return k && isNumberLike(s) ? String(Number(s) * 10 ** k) : s;
			};
			const notes = [
				period !== year ? `TIME_PERIOD ${period}` : '',
				unitRaw && !normalizeUnit(unitRaw) ? `UNIT_MEASURE ${unitRaw}` : '',
				k ? `OBS_VALUE × 10^${k} (UNIT_MULT)` : ''
			];
			const rec: ImportRecord = {
				indicator_id: [ind.code, ...extra].join('.'),
				indicator_name: ind.label || undefined,
				place_code: place.code,
				place_name: place.label,
				year,
				value: scale(cell(row, value)),
				lower: scale(cell(row, lower)),
				upper: scale(cell(row, upper)),
				sex: sex >= 0 ? (SEX[splitLabel(cell(row, sex)).code.toUpperCase()] ?? splitLabel(cell(row, sex)).code) : 'total',
				unit: normalizeUnit(unitRaw),
				source: textCell(row, dataSource) || flowName,
				note: notes.filter(Boolean).join('; ')
			};
			return [rec];
		};
	}
};
