/**
 * The formula-text rule: the validated CSVs are published byte for byte (static/data/tables/), so
 * a text cell starting like a spreadsheet formula is refused at file:line:column. The fixture is
 * the valid package with one note (and one source title) changed in memory.
 */
import { describe, expect, it } from 'vitest';
import { formatIssue } from '$lib/data/issue';
import { validatePackage } from '$lib/data/validatePackage';
import { fixtureFiles } from './fixturePackage';

function withText(table: 'observations' | 'sources', from: string, to: string) {
	const files = fixtureFiles('valid');
	const { text, file } = files[table];
	expect(text).toContain(from);
	const at = text.indexOf(from);
	const line = text.slice(0, at).split('\n').length;
	const column = at - text.lastIndexOf('\n', at - 1);
	files[table] = { file, text: text.replace(from, to) };
	return { result: validatePackage(files, { today: '2026-12-01' }), where: `${file}:${line}:${column}` };
}

describe('formulaText rule', () => {
	it.each([
		['=HYPERLINK("https://evil.example")', '"=HYPERLINK(""https://evil.example"")"'],
		['@SUM(1)', '@SUM(1)'],
		['-1+1', '-1+1'],
		['\t=1+1', '"\t=1+1"']
	])('refuses the note %j where it starts, and returns no tables', (note, cell) => {
		const { result, where } = withText('observations', 'Two cities only (not national)', cell);
		expect(result.tables).toBeNull();
		const issues = result.issues.filter((i) => i.rule === 'formula-text').map(formatIssue);
		expect(issues).toEqual([`${where}: note: ${JSON.stringify(note)} starts like a spreadsheet formula (= + - @, tab or line break first); reword it to start with a letter, digit or bracket`]);
	});

	it('checks every table’s text fields', () => {
		const { result, where } = withText('sources', 'Gazetteer,', '+Gazetteer,');
		expect(result.issues.filter((i) => i.rule === 'formula-text').map(formatIssue)).toEqual([expect.stringMatching(`^${where}: title: "\\+Gazetteer" starts like`)]);
	});

	it('lets ordinary text and negative numbers through', () => {
		expect(withText('observations', 'Two cities only (not national)', '"Two cities, -5 points (a=b)"').result.issues).toEqual([]);
		// A text cell holding only a number is a number to a spreadsheet, not a formula.
		expect(withText('observations', 'Two cities only (not national)', '-5').result.issues).toEqual([]);
	});
});
