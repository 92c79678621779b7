/**
 * The DuckDB table name for an imported file: `import_` + the file name in lower-case letters,
 * digits and underscores, made unique against the names already taken (`_2`, `_3`, …). The prefix
 * keeps imports apart from the published tables and views.
 */
import { slug } from './layouts/columns';

export const IMPORT_PREFIX = 'import_';

export function importName(fileName: string, taken: Iterable<string>): string {
	const base = IMPORT_PREFIX + (slug(fileName.replace(/\.[^.]+$/, '')).slice(0, 40) || 'file');
	const used = new Set([...taken].map((t) => t.toLowerCase()));
	if (!used.has(base)) return base;
	for (let n = 2; ; n++) if (!used.has(`${base}_${n}`)) return `${base}_${n}`;
}

/** True for names this module hands out: the only tables `removeImport` will drop. */
export function isImportName(name: string): boolean {
	return /^import_[a-z0-9_]+$/.test(name);
}
