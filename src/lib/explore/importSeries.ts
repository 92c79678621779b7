/**
 * The user's imported series beside the published ones, pure parts: reading a `cmp` entry,
 * checking it against the imports this browser holds (a shared link may name imports that live on
 * another computer), naming an import as a source, and the notes a chart must carry.
 */
import type { Source } from '$lib/data/schema';
import type { ImportMeta } from '$lib/import/importMeta';
import type { DroppedParam } from '$lib/state/urlCodec';

export function splitEntry(entry: string): { table: string; code: string } {
	const i = entry.indexOf('/');
	return { table: entry.slice(0, i), code: entry.slice(i + 1) };
}

/** Entries naming an import or indicator this browser does not hold. */
export function missingEntries(compare: readonly string[], imports: readonly ImportMeta[]): DroppedParam[] {
	return compare.flatMap((value) => {
		const { table, code } = splitEntry(value);
		const meta = imports.find((m) => m.name === table);
		if (!meta) return [{ param: 'cmp', value, reason: 'this import is not in this browser (imports stay on the computer that made them)' }];
		const listed = meta.indicatorCount <= meta.indicators.length;
		if (listed && !meta.indicators.some((i) => i.indicator_id === code)) return [{ param: 'cmp', value, reason: `${meta.fileName} has no indicator ${code}` }];
		return [];
	});
}

/** A source entry for an import, so legends, tables and the share panel can name it. */
export function importSource(meta: ImportMeta): Source {
	return {
		source_id: `import:${meta.name}`,
		title: `Imported file ${meta.fileName}`,
		publisher: `Your import ${meta.fileName}`,
		published: meta.importedAt.slice(0, 10),
		year: Number(meta.importedAt.slice(0, 4)) || null,
		kind: 'secondary',
		series: null,
		edition: null,
		url: '',
		via_url: null,
		locator: null,
		license: 'your own data',
		accessed: meta.importedAt.slice(0, 10)
	};
}

/** What the chart must say about imported series: that they are the user's own, and what was left out. */
export function importNotes(drawn: number, otherUnit: number, unit: string): string[] {
	return [
		...(drawn ? ['Series marked “Your import” are your own imported figures, kept in this browser; they are not published by this observatory.'] : []),
		...(otherUnit ? [`${otherUnit} imported figure${otherUnit === 1 ? ' is' : 's are'} not drawn: the unit is not ${unit.replaceAll('_', ' ')}.`] : [])
	];
}
