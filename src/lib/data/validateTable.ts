/**
 * Parsed CSV + its Table Schema resource → typed rows and every problem found: header, field
 * count, each cell (`checkCell`), unique fields and the primary key. Never throws on bad data;
 * a bad cell is kept out of `values` and listed in `invalid` so later checks can skip it.
 */
import { checkCell, type Value } from './checkCell';
import { show, type Issue, type Position } from './issue';
import type { CsvTable } from './parseCsv';
import { asList, type DataResource } from './tableSchema';

export type { Value };

export interface CheckedRow {
	line: number;
	values: Record<string, Value>;
	/** Where each field's cell starts (the row's end when the cell is missing). */
	at: Record<string, Position>;
	/** Fields whose cell failed a check: later checks skip them instead of piling on. */
	invalid: Set<string>;
}

export interface CheckedTable {
	name: string;
	file: string;
	resource: DataResource;
	rows: CheckedRow[];
}

export function validateTable(csv: CsvTable, resource: DataResource): { table: CheckedTable; issues: Issue[] } {
	const { file } = csv;
	const schema = resource.schema;
	const issues: Issue[] = [...csv.issues];
	const error = (where: Position, rule: string, message: string) => issues.push({ level: 'error', file, line: where.line, column: where.column, rule, message });

	const columnOf = new Map<string, number>();
	csv.header.forEach((cell, i) => {
		if (columnOf.has(cell.text)) error(cell, 'header', `column ${show(cell.text)} appears twice`);
		else if (!schema.fields.some((f) => f.name === cell.text)) error(cell, 'header', `unknown column ${show(cell.text)} (not in datapackage.json)`);
		columnOf.set(cell.text, i);
	});
	const headerEnd = csv.header.length ? { line: 1, column: csv.header[csv.header.length - 1].column + [...csv.header[csv.header.length - 1].text].length } : { line: 1, column: 1 };
	for (const f of schema.fields) if (!columnOf.has(f.name)) error(headerEnd, 'header', `missing column ${show(f.name)}`);

	const missing = schema.missingValues ?? [''];
	const primaryKey = asList(schema.primaryKey);
	const rows: CheckedRow[] = [];
	for (const record of csv.records) {
		const n = record.cells.length;
		if (n < csv.header.length) error(record.end, 'field-count', `row has ${n} fields, the header has ${csv.header.length}`);
		else if (n > csv.header.length) error(record.cells[csv.header.length], 'field-count', `row has ${n} fields, the header has ${csv.header.length}`);
		const row: CheckedRow = { line: record.line, values: {}, at: {}, invalid: new Set() };
		for (const field of schema.fields) {
			const cell = record.cells[columnOf.get(field.name) ?? -1];
			if (!cell) {
				row.at[field.name] = record.end;
				row.invalid.add(field.name);
				continue;
			}
			row.at[field.name] = cell;
			const result = checkCell(field, cell.text, missing, primaryKey.includes(field.name));
			if (result.ok) row.values[field.name] = result.value;
			else {
				row.invalid.add(field.name);
				error(cell, result.rule, result.message);
			}
		}
		rows.push(row);
	}

	const keys = schema.fields.filter((f) => f.constraints?.unique && !(primaryKey.length === 1 && primaryKey[0] === f.name)).map((f) => [f.name]);
	if (primaryKey.length) keys.push(primaryKey);
	for (const key of keys) {
		const seen = new Map<string, number>();
		for (const row of rows) {
			if (key.some((f) => row.invalid.has(f))) continue;
			const id = JSON.stringify(key.map((f) => row.values[f]));
			const first = seen.get(id);
			if (first === undefined) seen.set(id, row.line);
			else if (key.length === 1) error(row.at[key[0]], 'unique', `${key[0]}: ${show(row.values[key[0]])} is not unique: also on line ${first}`);
			else {
				const values = key.map((f) => show(row.values[f])).join(', ');
				error(row.at[key[0]], 'primary-key', `duplicate key (${key.join(', ')}) = (${values}): also on line ${first}`);
			}
		}
	}
	return { table: { name: resource.name, file, resource, rows }, issues };
}
