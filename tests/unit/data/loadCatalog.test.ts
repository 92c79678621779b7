import { describe, expect, it } from 'vitest';
import { loadCatalog } from '$lib/server/loadCatalog';

describe('loadCatalog', () => {
	it('returns the validated, typed catalog of data/', () => {
		const catalog = loadCatalog();
		expect(catalog.observations).toHaveLength(448);
		expect(catalog.indicatorById.get('hiv_prevalence')?.unit).toBe('percent');
		const grouped = catalog.observationsByGeo.get('KH-24')?.find((o) => o.scope === 'grouped_domain');
		expect(grouped).toMatchObject({ year: 2010, value: 78, reporting_domain: 'KH-2+KH-24', lower: null });
		expect(catalog.sourceById.get('bcn_national_estimation_rci')?.year).toBeNull();
	});
});
