import { describe, expect, it } from 'vitest';
import { bibtexEntry, bibtexKey, escapeBibtex, escapeBibtexUrl } from '$lib/share/bibtex';

describe('escapeBibtex', () => {
	it.each([
		['Border Health & Migration', 'Border Health \\& Migration'],
		['50% of {all}', '50\\% of \\{all\\}'],
		['a_b #1 $5 ^ ~ \\', 'a\\_b \\#1 \\$5 \\^{} \\~{} \\textbackslash{}']
	])('escapeBibtex(%j) is %j', (input, expected) => {
		expect(escapeBibtex(input)).toBe(expected);
	});
	it('escapeBibtexUrl(url) escapes only % and #, so the link still works', () => {
		expect(escapeBibtexUrl('https://x.org/a?b=1&c=KH-1~KHM#top%20')).toBe('https://x.org/a?b=1&c=KH-1~KHM\\#top\\%20');
	});
});

describe('bibtexKey', () => {
	it('keeps letters, digits and single underscores', () => {
		expect(bibtexKey('bhmo', 'hiv-prevalence', 2026)).toBe('bhmo_hiv_prevalence_2026');
		expect(bibtexKey('Sérei  Saophoan!')).toBe('Serei_Saophoan');
	});
});

describe('bibtexEntry', () => {
	it('lays out one field per line and leaves empty fields out', () => {
		expect(bibtexEntry('misc', 'k', [['title', 'T'], ['year', null], ['note', '']])).toBe('@misc{k,\n  title = {T}\n}');
	});
});
