/**
 * Plain-language lines for how a file was read: "UTF-8 with BOM, comma-separated", "4 lines
 * above the header skipped (metadata)", "2 footer lines set aside". Pure, for the preview.
 */
import type { FileFormat } from '$lib/import/readImport';

const DELIMITER_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };
const ENCODING_NAMES: Record<string, string> = {
	'utf-8': 'UTF-8',
	'utf-16le': 'UTF-16 (little-endian)',
	'utf-16be': 'UTF-16 (big-endian)',
	'windows-1252': 'Windows-1252 / Latin-1 (not valid UTF-8)'
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function describeFormat(f: FileFormat): string[] {
	if (f.kind === 'parquet') return ['Parquet file, read column by column in the browser'];
	const lines = [
		`${ENCODING_NAMES[f.encoding ?? 'utf-8']}${f.bom ? ' with a byte-order mark' : ''}, ${DELIMITER_NAMES[f.delimiter ?? ','] ?? JSON.stringify(f.delimiter)}-separated`,
		`header on line ${f.headerLine}${f.tagLine !== null ? `, HXL hashtags on line ${f.tagLine}` : ''}`
	];
	if (f.preambleLines) lines.push(`${plural(f.preambleLines, 'line')} above the header skipped (file metadata)`);
	if (f.footerLines) lines.push(`${plural(f.footerLines, 'footer line')} at the end set aside`);
	return lines;
}
