/**
 * Citations of a data source (a row of sources.csv) in APA 7 and BibTeX, with the date the
 * figure was read from it. Plain text: APA's italics cannot survive a clipboard into every editor.
 */
import type { Source } from '$lib/data/schema';
import { bibtexEntry, bibtexKey, escapeBibtex, escapeBibtexUrl } from './bibtex';
import { isoDate, longDate } from './longDate';

type CitedSource = Pick<Source, 'source_id' | 'title' | 'publisher' | 'url' | 'accessed'> & {
	year: number | null;
	locator: string | null;
};

/** Adds a full stop unless the text already ends a sentence. */
export function sentence(text: string): string {
	const t = text.trim();
	return /[.?!]$/.test(t) ? t : `${t}.`;
}

function yearOf(source: CitedSource): string {
	return source.year === null || Number.isNaN(source.year) ? 'n.d.' : String(source.year);
}

/**
 * "World Bank. (2024). Prevalence of HIV, total (% of population ages 15-49) [Row 'Cambodia'].
 * Retrieved November 28, 2026, from https://…"
 */
export function sourceApa(source: CitedSource): string {
	const locator = source.locator ? ` [${source.locator}]` : '';
	return [
		sentence(source.publisher),
		`(${yearOf(source)}).`,
		sentence(`${source.title}${locator}`),
		`Retrieved ${longDate(source.accessed)}, from ${source.url}`
	].join(' ');
}

export function sourceBibtex(source: CitedSource): string {
	return bibtexEntry('misc', bibtexKey(source.source_id), [
		// Double braces: a publisher is a corporate author, not "Last, First".
		['author', `{${escapeBibtex(source.publisher)}}`],
		['title', `{${escapeBibtex(source.title)}}`],
		['year', source.year === null || Number.isNaN(source.year) ? null : String(source.year)],
		['howpublished', `\\url{${escapeBibtexUrl(source.url)}}`],
		['url', escapeBibtexUrl(source.url)],
		['urldate', isoDate(source.accessed)],
		['note', source.locator ? `${escapeBibtex(source.locator)}. Accessed ${isoDate(source.accessed)}` : `Accessed ${isoDate(source.accessed)}`]
	]);
}
