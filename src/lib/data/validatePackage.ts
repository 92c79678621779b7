/**
 * The whole data package, checked in one pass: each table against its Table Schema, the foreign
 * keys, then the cross-field rules. Returns every issue (errors and warnings, sorted) and, only
 * when there is no error, the typed tables. Pure: the build, prerendering and the browser
 * importer share it.
 */
import { checkReferences } from './checkReferences';
import { DATAPACKAGE, resourceFor } from './datapackage';
import { sortIssues, type Issue } from './issue';
import { parseCsv } from './parseCsv';
import { formulaText } from './rules/formulaText';
import { intervalOrder } from './rules/intervalOrder';
import { geoSources } from './rules/geoSources';
import { percentRange } from './rules/percentRange';
import { eventReferences } from './rules/eventReferences';
import { percentScale } from './rules/percentScale';
import { plausiblePeriod } from './rules/plausiblePeriod';
import { plausibleValue } from './rules/plausibleValue';
import { quoteStatesValue } from './rules/quoteStatesValue';
import type { CheckedTables, Rule, RuleContext } from './rules/rule';
import { scopeDomain } from './rules/scopeDomain';
import { sourceEditions } from './rules/sourceEditions';
import { unusedReferences } from './rules/unusedReferences';
import { eventRow, observationRow, sourceRow } from './deriveRows';
import { TABLE_NAMES, type TableName, type Tables } from './schema';
import type { DataPackage } from './tableSchema';
import { validateTable, type CheckedRow } from './validateTable';

export const RULES: Rule[] = [
	percentRange,
	percentScale,
	plausibleValue,
	intervalOrder,
	plausiblePeriod,
	quoteStatesValue,
	scopeDomain,
	sourceEditions,
	eventReferences,
	geoSources,
	unusedReferences,
	formulaText
];

/** One CSV per table: its text and the name to report it under (e.g. `data/observations.csv`). */
export type PackageFiles = Record<TableName, { file: string; text: string }>;

export interface PackageResult {
	/** The typed tables, or null when any error was found. */
	tables: Tables | null;
	checked: CheckedTables;
	issues: Issue[];
	errors: number;
	warnings: number;
}

function toRows<T>(rows: CheckedRow[], derive: (values: CheckedRow['values']) => T = (values) => ({ ...values }) as T): T[] {
	return rows.map((row) => derive(row.values));
}

/** Today as `YYYY-MM-DD` in UTC: periods must have ended by then. */
function isoToday(): string {
	return new Date().toISOString().slice(0, 10);
}

export function validatePackage(
	files: PackageFiles,
	options: Partial<RuleContext> & { descriptor?: DataPackage } = {}
): PackageResult {
	const descriptor = options.descriptor ?? DATAPACKAGE;
	const today = options.today ?? isoToday();
	const context: RuleContext = { today };
	const issues: Issue[] = [];
	const checked = {} as CheckedTables;
	for (const name of TABLE_NAMES) {
		const { file, text } = files[name];
		const result = validateTable(parseCsv(text, file), resourceFor(name, descriptor));
		checked[name] = result.table;
		issues.push(...result.issues);
	}
	issues.push(...checkReferences(checked));
	for (const rule of RULES) issues.push(...rule(checked, context));
	const errors = issues.filter((i) => i.level === 'error').length;
	const tables: Tables | null =
		errors > 0
			? null
			: {
					observations: toRows(checked.observations.rows, observationRow),
					indicators: toRows(checked.indicators.rows),
					sources: toRows(checked.sources.rows, sourceRow),
					geo: toRows(checked.geo.rows),
					events: toRows(checked.events.rows, eventRow),
					releases: toRows(checked.releases.rows)
				};
	return { tables, checked, issues: sortIssues(issues), errors, warnings: issues.length - errors };
}
