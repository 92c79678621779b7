/**
 * One Arrow cell → a plain value we can keep for 100,000+ rows, show as text and export:
 * numbers stay numbers (bigints become numbers), dates and timestamps stay epoch milliseconds,
 * and everything else (lists, structs, blobs, intervals) becomes its text form once, up front.
 */
import { plainValue } from '../toRows';
import type { CellKind } from './cellKind';

export type CellValue = string | number | boolean | null;

export function cellValue(raw: unknown, kind: CellKind): CellValue {
	if (raw === null || raw === undefined) return null;
	switch (kind) {
		case 'number':
		case 'date':
		case 'timestamp':
			return typeof raw === 'bigint' ? Number(raw) : (raw as number);
		case 'boolean':
			return Boolean(raw);
		case 'text':
			return String(raw);
		default:
			return otherText(raw);
	}
}

function otherText(raw: unknown): string {
	if (raw instanceof Uint8Array) return `\\x${Array.from(raw, (b) => b.toString(16).padStart(2, '0')).join('')}`;
	if (ArrayBuffer.isView(raw)) return `[${Array.from(raw as unknown as ArrayLike<number>).join(', ')}]`;
	const plain = plainValue(raw);
	if (typeof plain === 'string') return plain;
	return JSON.stringify(plain, (_, v) => (typeof v === 'bigint' ? Number(v) : v)) ?? String(plain);
}
