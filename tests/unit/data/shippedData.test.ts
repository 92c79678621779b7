import { describe, expect, it } from 'vitest';
import { formatIssue } from '$lib/data/issue';
import { validatePackage } from '$lib/data/validatePackage';
import { readPackageFiles } from '$lib/server/readPackageFiles';

const result = validatePackage(readPackageFiles('data'));
const observations = result.tables?.observations ?? [];

describe('the shipped data (data/*.csv)', () => {
	it('passes every check; the only warnings are unused ids', () => {
		expect(result.issues.filter((i) => i.level === 'error').map(formatIssue)).toEqual([]);
		expect(result.issues.filter((i) => i.rule !== 'unused').map(formatIssue)).toEqual([]);
		expect(observations).toHaveLength(448);
	});

	it('never codes a figure whose note says it is from selected sites as describing the place', () => {
		const selected = /not national|operational districts|eight provinces|\bsites?\b|not representative/i;
		const placeRows = observations.filter((o) => o.scope === 'place' && selected.test(o.note ?? ''));
		expect(placeRows.map((o) => `${o.indicator_id} ${o.geo_id} ${o.year}: ${o.note}`)).toEqual([]);
	});

	it('marks every CDHS 2010 combined reporting domain as grouped_domain, with both provinces', () => {
		const combined = observations.filter((o) => /reporting domain .* combined/.test(o.note ?? ''));
		expect(combined).toHaveLength(10);
		for (const o of combined) {
			expect(o.scope).toBe('grouped_domain');
			expect(o.reporting_domain?.split('+')).toHaveLength(2);
			expect(o.reporting_domain?.split('+')).toContain(o.geo_id);
		}
		// Each domain appears exactly twice: once per member province.
		const domains = new Map<string, number>();
		for (const o of combined) domains.set(o.reporting_domain!, (domains.get(o.reporting_domain!) ?? 0) + 1);
		expect([...domains.values()]).toEqual([2, 2, 2, 2, 2]);
	});

	it('codes 23 figures as samples and keeps national survey figures as place', () => {
		expect(observations.filter((o) => o.scope === 'sample')).toHaveLength(23);
		const ibbs = observations.filter((o) => o.source_id === 'sciepub_ajphr_2019_few_ibbs2016');
		expect(ibbs.length).toBeGreaterThan(0);
		expect(ibbs.every((o) => o.scope === 'place')).toBe(true);
	});
});
