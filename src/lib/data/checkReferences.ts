/**
 * Foreign keys from datapackage.json across the checked tables: every indicator_id, geo_id,
 * source_id and parent_id resolves. For a two-field key (observations' indicator_id + unit → the
 * indicator's unit) the message names the field that differs and the value expected.
 */
import { show, type Issue } from './issue';
import { issueAt, type CheckedTables } from './rules/rule';
import { asList } from './tableSchema';
import type { CheckedTable } from './validateTable';

export function checkReferences(tables: CheckedTables): Issue[] {
	const issues: Issue[] = [];
	const all = Object.values(tables) as CheckedTable[];
	for (const table of all) {
		for (const fk of table.resource.schema.foreignKeys ?? []) {
			const fields = asList(fk.fields);
			const refFields = asList(fk.reference.fields);
			const target = fk.reference.resource === '' ? table : all.find((t) => t.name === fk.reference.resource);
			if (!target || fields.length !== refFields.length || fields.length === 0) continue;
			const refName = target.resource.path;
			const full = new Set<string>();
			const byFirst = new Map<unknown, (typeof target.rows)[number]>();
			for (const r of target.rows) {
				if (refFields.some((f) => r.invalid.has(f))) continue;
				full.add(JSON.stringify(refFields.map((f) => r.values[f])));
				if (!byFirst.has(r.values[refFields[0]])) byFirst.set(r.values[refFields[0]], r);
			}
			for (const row of table.rows) {
				if (fields.some((f) => row.invalid.has(f) || row.values[f] === null || row.values[f] === undefined)) continue;
				if (full.has(JSON.stringify(fields.map((f) => row.values[f])))) continue;
				const first = row.values[fields[0]];
				const match = byFirst.get(first);
				if (!match) {
					const message = `${fields[0]}: ${show(first)} is not in ${refName} (column ${refFields[0]})`;
					issues.push(issueAt(table, row, fields[0], 'foreign-key', message));
					continue;
				}
				const i = fields.findIndex((f, k) => k > 0 && row.values[f] !== match.values[refFields[k]]);
				const message = `${fields[i]}: ${show(row.values[fields[i]])} differs from ${refName}, where ${refFields[0]} ${show(first)} has ${refFields[i]} ${show(match.values[refFields[i]])}`;
				issues.push(issueAt(table, row, fields[i], 'foreign-key', message));
			}
		}
	}
	return issues;
}
