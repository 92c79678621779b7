/**
 * Citations of a view of the dashboard (a chart with its filters, identified by its permalink) in
 * APA 7 and BibTeX. The year is the year of the data ("data as of"); the access date is the day
 * the reader copied the citation, because the view can change as figures are added.
 */
import { bibtexEntry, bibtexKey, escapeBibtex, escapeBibtexUrl } from './bibtex';
import { sentence } from './citeSource';
import { isoDate, longDate, toDate } from './longDate';

export const SITE_NAME = 'Border Health & Migration Observatory';

export interface CitedView {
	/** What the chart shows, e.g. "HIV prevalence: Cambodia, 1990–2021". */
	title: string;
	/** Absolute permalink of the view. */
	url: string;
	/** When the reader accessed it. */
	accessed: Date | string;
	/** Date of the data release (ISO), which gives the citation's year. */
	dataAsOf: string;
	/** Short names of the underlying sources ("World Bank, 2024"), for BibTeX's note. */
	sourceLabels?: string[];
	/** For the citation key. */
	indicatorId: string;
}

/**
 * "Border Health & Migration Observatory. (2026). HIV prevalence: Cambodia, 1990–2021 [Interactive
 * chart and data set]. Retrieved December 1, 2026, from https://…"
 */
export function viewApa(view: CitedView): string {
	return [
		sentence(SITE_NAME),
		`(${toDate(view.dataAsOf).getUTCFullYear()}).`,
		`${view.title} [Interactive chart and data set].`,
		`Retrieved ${longDate(view.accessed)}, from ${view.url}`
	].join(' ');
}

export function viewBibtex(view: CitedView): string {
	const year = toDate(view.dataAsOf).getUTCFullYear();
	const sources = view.sourceLabels?.length ? ` Data from: ${view.sourceLabels.join('; ')}.` : '';
	return bibtexEntry('misc', bibtexKey('bhmo', view.indicatorId, year), [
		['author', `{${escapeBibtex(SITE_NAME)}}`],
		['title', `{${escapeBibtex(view.title)}}`],
		['year', String(year)],
		['howpublished', `\\url{${escapeBibtexUrl(view.url)}}`],
		['url', escapeBibtexUrl(view.url)],
		['urldate', isoDate(view.accessed)],
		['note', escapeBibtex(`Interactive chart and data set, data as of ${isoDate(view.dataAsOf)}.${sources}`)]
	]);
}
