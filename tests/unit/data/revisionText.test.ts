import { describe, expect, it } from 'vitest';
import { editionFamilies } from '$lib/data/editions';
import { revisionRows } from '$lib/data/revisions';
import { revisionText } from '$lib/data/revisionText';
import { observationOf, sourceOf } from '../../support/rows';

const sources = new Map(
	['2019', '2022', '2025'].map((e) => sourceOf({ source_id: `r${e}`, series: 'unaids_estimates', edition: e })).map((s) => [s.source_id, s])
);
const fig = (edition: string, period: string, value: number) => observationOf({ source_id: `r${edition}`, period, value, unit: 'count' });
const text = (...figures: ReturnType<typeof fig>[]) => {
	const family = editionFamilies(figures, sources)[0];
	return revisionText({ subject: 'People living with HIV in Cambodia', publisher: 'UNAIDS', editions: family.editions.map((e) => e.edition), rows: revisionRows(family), unit: 'count' });
};

describe('revisionText(input)', () => {
	it('names the editions, says a gap is a revision, and gives the largest revision relative to the first value', () => {
		const t = text(fig('2019', '2010', 76000), fig('2025', '2010', 74000), fig('2019', '2015', 100), fig('2022', '2015', 150), fig('2025', '2016', 1));
		expect(t).toContain('People living with HIV in Cambodia as published in 3 editions of UNAIDS\'s estimates (2019, 2022 and 2025).');
		expect(t).toContain('not a change over time');
		// 100 → 150 is +50%, larger than 76,000 → 74,000 (−3%) although smaller in absolute terms.
		expect(t).toContain('2 of the 2 periods published in more than one edition were revised; the largest revision is 2015: 100 in the 2019 edition, 150 in the 2022 edition.');
	});

	it('says so when editions agree, or never overlap', () => {
		expect(text(fig('2019', '2010', 5), fig('2025', '2010', 5))).toContain('The one period published in more than one edition was not revised.');
		expect(text(fig('2019', '2010', 5), fig('2025', '2010', 5), fig('2019', '2011', 6), fig('2022', '2011', 6))).toContain(
			'None of the 2 periods published in more than one edition was revised.'
		);
		expect(text(fig('2019', '2009', 5), fig('2025', '2010', 5))).toContain('No period was published in more than one edition.');
	});
});
