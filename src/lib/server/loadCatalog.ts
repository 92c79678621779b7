/**
 * Build time only (prerendering): reads data/*.csv, validates them against data/datapackage.json
 * with the same code as `npm run data`, and returns the catalog. Throws with the full list of
 * problems (`file:line:column: message`) when the data has errors, so a bad figure fails the build.
 */
import { buildCatalog, type Catalog } from '$lib/data/catalog';
import { formatIssue } from '$lib/data/issue';
import { validatePackage } from '$lib/data/validatePackage';
import { readPackageFiles } from './readPackageFiles';

let cached: Catalog | undefined;

export function loadCatalog(): Catalog {
	if (cached) return cached;
	const result = validatePackage(readPackageFiles('data'));
	if (!result.tables) {
		const errors = result.issues.filter((i) => i.level === 'error').map(formatIssue);
		throw new Error(`data/ has ${errors.length} error(s); run \`npm run data\` for details:\n${errors.join('\n')}`);
	}
	cached = buildCatalog(result.tables);
	return cached;
}
