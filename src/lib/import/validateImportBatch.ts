/**
 * Checks a batch of mapped records with the build's own validator: `validateTable` against the
 * import resource (types, enums, required, year range), then the build's cross-field rules that
 * apply to a single table (percent within 0–100, lower ≤ value ≤ upper, no future year). Rows with
 * an error are left out; every issue is returned with the file line and column it came from.
 */
import type { CsvTable } from '$lib/data/parseCsv';
import { intervalOrder } from '$lib/data/rules/intervalOrder';
import { percentRange } from '$lib/data/rules/percentRange';
import { issueAt, num, type CheckedTable, type CheckedTables, type Rule } from '$lib/data/rules/rule';
import type { DataResource } from '$lib/data/tableSchema';
import { validateTable } from '$lib/data/validateTable';
import { IMPORT_FIELDS } from './importResource';
import type { ImportRow } from './importRow';
import type { PlaceMatch } from './matchPlace';
import type { ImportIssue, ImportRecord } from './types';

export interface MappedRecord {
	record: ImportRecord;
	place: PlaceMatch;
	/** Line in the imported file. */
	line: number;
}

/** No imported figure is dated after this year. */
function yearNotInFuture(currentYear: number): Rule {
	return ({ observations }) =>
		observations.rows.flatMap((row) => {
			const year = num(row, 'year');
			if (year === null || year <= currentYear) return [];
			return [issueAt(observations, row, 'year', 'plausible-year', `year: ${year} is in the future (after ${currentYear})`)];
		});
}

function emptyTable(name: string, resource: DataResource): CheckedTable {
	return { name, file: name, resource, rows: [] };
}

function cellsOf(m: MappedRecord): string[] {
	const r = m.record;
	const texts: Record<(typeof IMPORT_FIELDS)[number], string> = {
		indicator_id: r.indicator_id,
		geo_id: m.place.geo_id,
		year: r.year,
		population_group: r.population_group || 'all',
		sex: r.sex || 'total',
		value: r.value,
		lower: r.lower ?? '',
		upper: r.upper ?? '',
		unit: r.unit ?? ''
	};
	return IMPORT_FIELDS.map((f) => texts[f]);
}

const orNull = <T>(v: T | undefined | ''): T | null => (v === undefined || v === '' ? null : v);

export function validateImportBatch(
	batch: MappedRecord[],
	resource: DataResource,
	currentYear: number
): { rows: ImportRow[]; issues: ImportIssue[] } {
	// Each record gets its batch position as its "line", so an issue maps back to one record even
	// when a wide file gives many records per line.
	const csv: CsvTable = {
		file: 'import',
		header: IMPORT_FIELDS.map((text, i) => ({ text, line: 0, column: i + 1 })),
		records: batch.map((m, k) => ({
			line: k + 1,
			cells: cellsOf(m).map((text, i) => ({ text, line: k + 1, column: i + 1 })),
			end: { line: k + 1, column: IMPORT_FIELDS.length + 1 }
		})),
		issues: []
	};
	const { table, issues } = validateTable(csv, resource);
	const empty = emptyTable('sources', resource);
	const tables: CheckedTables = { observations: table, sources: empty, indicators: empty, geo: empty, events: empty, releases: empty };
	for (const rule of [percentRange, intervalOrder, yearNotInFuture(currentYear)]) issues.push(...rule(tables, { today: `${currentYear}-12-31` }));

	const bad = new Set<number>();
	const out: ImportIssue[] = [];
	for (const issue of issues) {
		const m = batch[issue.line - 1];
		if (!m) continue;
		if (issue.level === 'error') bad.add(issue.line - 1);
		const field = IMPORT_FIELDS[issue.column - 1];
		const column = field === 'value' && m.record.value_column ? m.record.value_column : (field ?? null);
		out.push({ level: issue.level, line: m.line, column, message: issue.message });
	}
	const rows: ImportRow[] = [];
	table.rows.forEach((checked, k) => {
		if (bad.has(k)) return;
		const { record: r, place, line } = batch[k];
		const v = checked.values;
		rows.push({
			indicator_id: v.indicator_id as string,
			indicator_name: orNull(r.indicator_name),
			geo_id: place.geo_id,
			geo_name: orNull(r.place_name),
			geo_known: place.known,
			year: v.year as number,
			value: v.value as number,
			lower: (v.lower as number | null) ?? null,
			upper: (v.upper as number | null) ?? null,
			population_group: (v.population_group as string | null) ?? null,
			sex: (v.sex as string | null) ?? null,
			unit: (v.unit as string | null) ?? null,
			source: orNull(r.source),
			note: orNull(r.note),
			line
		});
	});
	return { rows, issues: out };
}
