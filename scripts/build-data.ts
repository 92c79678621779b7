/**
 * `npm run data [-- --data <dir> --out <dir>]`: validates data/*.csv against data/datapackage.json
 * and, only if there is no error, writes the artefacts into static/data/ (see scripts/data/buildData.ts).
 * Prints every problem as `file:line:column: message`, then a one-line summary; exits 1 on errors.
 */
import { parseArgs } from 'node:util';
import { formatIssue } from '../src/lib/data/issue';
import { buildData, relativeOut } from './data/buildData';

const { values } = parseArgs({
	options: { data: { type: 'string', default: 'data' }, out: { type: 'string', default: 'static/data' } }
});
const dataDir = values.data;
const outDir = values.out;

try {
	const result = await buildData({ dataDir, outDir });
	for (const issue of result.issues) console.error(formatIssue(issue));
	const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
	if (!result.ok || !result.manifest) {
		console.error(`data: ${plural(result.errors, 'error')}, ${plural(result.warnings, 'warning')}; nothing written, ${relativeOut(outDir)}/ left as it was`);
		process.exit(1);
	}
	const counts = Object.entries(result.manifest.tables).map(([name, t]) => `${name} ${t.rows}`);
	const total = Object.values(result.manifest.tables).reduce((sum, t) => sum + t.rows, 0);
	console.log(`data: ${counts.length} tables, ${total} rows (${counts.join(', ')}), ${plural(result.warnings, 'warning')} → ${relativeOut(outDir)}/`);
} catch (error) {
	console.error(`data: ${error instanceof Error ? error.message : String(error)}; nothing written, ${relativeOut(outDir)}/ left as it was`);
	process.exit(1);
}
