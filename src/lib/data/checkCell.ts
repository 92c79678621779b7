/**
 * One CSV cell against its Table Schema field: missing value, required, type, then constraints.
 * Returns the typed value, or the reason it is not acceptable (naming the field and the text).
 */
import { show } from './issue';
import type { Field } from './tableSchema';

export type Value = string | number | boolean | null;

export type CellResult = { ok: true; value: Value } | { ok: false; rule: string; message: string };

const INTEGER = /^[+-]?\d+$/;
// Plain decimal notation only: no thousands separators, no NaN/INF, so "1,300" is caught.
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isDate(text: string): boolean {
	const m = DATE.exec(text);
	if (!m) return false;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const date = new Date(Date.UTC(y, mo - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function cast(field: Field, text: string): CellResult {
	const bad = (what: string): CellResult => ({ ok: false, rule: 'type', message: `${field.name}: ${show(text)} is not ${what}` });
	switch (field.type) {
		case 'string':
			return { ok: true, value: text };
		case 'integer':
			return INTEGER.test(text) && Number.isSafeInteger(Number(text)) ? { ok: true, value: Number(text) } : bad('an integer');
		case 'number':
			// "1e400" is plain decimal notation too, but no figure: it would be published as Infinity.
			if (NUMBER.test(text)) return Number.isFinite(Number(text)) ? { ok: true, value: Number(text) } : bad('a finite number');
			return bad(/\d,\d/.test(text) ? 'a number (write it without thousands separators)' : 'a number');
		case 'boolean': {
			const yes = field.trueValues ?? ['true', 'True', 'TRUE', '1'];
			const no = field.falseValues ?? ['false', 'False', 'FALSE', '0'];
			if (yes.includes(text)) return { ok: true, value: true };
			if (no.includes(text)) return { ok: true, value: false };
			return bad(`a boolean (${[...yes, ...no].join(' or ')})`);
		}
		case 'date':
			return isDate(text) ? { ok: true, value: text } : bad('a date (YYYY-MM-DD)');
	}
}

const patterns = new Map<string, RegExp>();
function anchored(pattern: string): RegExp {
	let re = patterns.get(pattern);
	if (!re) patterns.set(pattern, (re = new RegExp(`^(?:${pattern})$`, 'u')));
	return re;
}

export function checkCell(field: Field, text: string, missingValues: string[], required: boolean): CellResult {
	const c = field.constraints ?? {};
	if (missingValues.includes(text)) {
		if (required || c.required) return { ok: false, rule: 'required', message: `${field.name}: required, but empty` };
		return { ok: true, value: null };
	}
	const result = cast(field, text);
	if (!result.ok) return result;
	const value = result.value;
	const fail = (rule: string, why: string): CellResult => ({ ok: false, rule, message: `${field.name}: ${show(value)} ${why}` });
	if (c.enum && !c.enum.includes(value as string | number | boolean)) {
		return fail('enum', `is not one of: ${c.enum.join(', ')}`);
	}
	if (c.pattern !== undefined && !anchored(c.pattern).test(text)) {
		return fail('pattern', `does not match the pattern ${c.pattern}`);
	}
	if (typeof value === 'number') {
		if (c.minimum !== undefined && value < c.minimum) return fail('minimum', `is below the minimum ${c.minimum}`);
		if (c.maximum !== undefined && value > c.maximum) return fail('maximum', `is above the maximum ${c.maximum}`);
	}
	const length = [...text].length;
	if (c.minLength !== undefined && length < c.minLength) return fail('minLength', `is shorter than ${c.minLength} characters`);
	if (c.maxLength !== undefined && length > c.maxLength) return fail('maxLength', `is longer than ${c.maxLength} characters`);
	return { ok: true, value };
}
