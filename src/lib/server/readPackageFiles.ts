/**
 * Node only: reads the four CSVs of a data folder, named for messages as the user would type them
 * (`data/observations.csv`, relative to the working directory). Relative imports on purpose, so
 * scripts/ (run by tsx, without Kit's `$lib` alias) can use it too.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { resourceFor } from '../data/datapackage';
import { TABLE_NAMES } from '../data/schema';
import type { PackageFiles } from '../data/validatePackage';

export function displayPath(path: string): string {
	const rel = relative(process.cwd(), path);
	const shown = rel.startsWith('..') || isAbsolute(rel) ? path : rel;
	return shown.split(sep).join('/');
}

export function readPackageFiles(dataDir: string): PackageFiles {
	const files = {} as PackageFiles;
	for (const name of TABLE_NAMES) {
		const path = join(dataDir, resourceFor(name).path);
		files[name] = { file: displayPath(path), text: readFileSync(path, 'utf8') };
	}
	return files;
}
