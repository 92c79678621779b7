/**
 * No text cell of the data starts like a spreadsheet formula (`=`, `+`, `-`, `@`, a tab …; see
 * csv/formulaCell.ts). The build publishes the validated CSVs byte for byte (static/data/tables/),
 * so the only way to keep those copies safe to open in a spreadsheet is to keep such text out of
 * data/ in the first place. Plain numbers (`-5`) are numbers, not formulas, and pass.
 */
import { startsLikeFormula } from '../csv/formulaCell';
import { show } from '../issue';
import { issueAt, str, type Rule } from './rule';

const MAX_SHOWN = 40;

export const formulaText: Rule = (tables) =>
	Object.values(tables).flatMap((table) => {
		const fields = table.resource.schema.fields.filter((f) => f.type === 'string').map((f) => f.name);
		return table.rows.flatMap((row) =>
			fields.flatMap((field) => {
				const text = str(row, field);
				if (text === null || !startsLikeFormula(text)) return [];
				const shown = text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
				return [
					issueAt(table, row, field, 'formula-text', `${field}: ${show(shown)} starts like a spreadsheet formula (= + - @, tab or line break first); reword it to start with a letter, digit or bracket`)
				];
			})
		);
	});
