/** readImport on each publisher's layout: the right places, years and values, and what was set aside. */
import { describe, expect, it } from 'vitest';
import { read, readOk, valueOf } from './fixtures';

describe('readImport: publisher layouts', () => {
	it('reads a WDI bulk download: BOM, 4 preamble lines, wide years, trailing comma', async () => {
		const r = readOk(await read('wdi-hiv-prevalence.csv'));
		expect(r.layout.id).toBe('wdi');
		expect(r.format).toMatchObject({ encoding: 'utf-8', bom: true, delimiter: ',', preambleLines: 4, headerLine: 5, footerLines: 0 });
		const s = r.data.builder.summary();
		expect(s.years).toEqual({ min: 1990, max: 2023, count: 34 });
		// Aruba has no figures at all: gaps, not zeros.
		expect(s.places.map((p) => p.geo_id)).not.toContain('ABW');
		expect(s.places.filter((p) => p.known).map((p) => p.geo_id).sort()).toEqual(['KHM', 'LAO', 'THA', 'VNM']);
		expect(s.places.find((p) => p.geo_id === 'WLD')).toMatchObject({ known: false, name: 'World' });
		expect(valueOf(r, 'SH.DYN.AIDS.ZS', 'KHM', 1998)).toBe(1.7);
		expect(s.indicators[0]).toMatchObject({ indicator_id: 'SH.DYN.AIDS.ZS', unit: 'percent' });
		expect(r.data.issueCount).toBe(0);
		expect(s.rows).toBe(7 * 34);
		expect(r.data.gaps).toBe(8 * 64 - 7 * 34);
	});

	it('reads a WDI DataBank export: ".." is a gap, footer lines are set aside, CRLF', async () => {
		const r = readOk(await read('wdi-databank-export.csv'));
		expect(r.layout.id).toBe('wdi');
		expect(r.format.footerLines).toBe(2);
		expect(r.data.gaps).toBe(1); // the one ".." cell
		expect(r.data.issueCount).toBe(0);
		expect(valueOf(r, 'SP.POP.TOTL', 'THA', 2022)).toBe(71697030);
		expect(valueOf(r, 'BX.TRF.PWKR.CD.DT', 'KHM', 2021)).toBeUndefined();
		expect(r.data.builder.summary().indicators.find((i) => i.indicator_id === 'BX.TRF.PWKR.CD.DT')?.unit).toBe('usd');
	});

	it('reads an OWID grapher export: Code or Entity, text columns skipped', async () => {
		const r = readOk(await read('owid-hiv-share.csv'));
		expect(r.layout.id).toBe('owid');
		const s = r.data.builder.summary();
		expect(s.indicators).toHaveLength(1);
		expect(s.indicators[0]).toMatchObject({ indicator_id: 'share_of_the_population_infected_with_hiv_ages_15_49', unit: 'percent' });
		expect(s.places.filter((p) => p.known).map((p) => p.geo_id).sort()).toEqual(['KHM', 'LAO', 'THA', 'VNM']);
		expect(s.places.find((p) => p.geo_id === 'Asia')).toMatchObject({ known: false });
		expect(s.places.find((p) => p.geo_id === 'OWID_WRL')).toMatchObject({ known: false, name: 'World' });
		expect(s.years).toEqual({ min: 1990, max: 2021, count: 32 });
		expect(valueOf(r, s.indicators[0].indicator_id, 'LAO', 2000)).toBeCloseTo(0.2, 5);
		expect(valueOf(r, s.indicators[0].indicator_id, 'LAO', 1999)).toBeUndefined();
	});

	it('reads an HXL-tagged HDX file: p-codes to provinces, one indicator per tagged column, sex from +f/+m', async () => {
		const r = readOk(await read('hdx-hxl-returnees.csv'));
		expect(r.layout.id).toBe('hxl');
		expect(r.format.tagLine).toBe(2);
		const s = r.data.builder.summary();
		expect(s.indicators.map((i) => i.indicator_id).sort()).toEqual(['affected_returnees_f', 'affected_returnees_m']);
		expect(s.places.filter((p) => p.known).map((p) => p.geo_id).sort()).toEqual(['KH-1', 'KH-2', 'KH-22', 'KH-24']);
		expect(s.places.find((p) => p.geo_id === 'TH27')).toMatchObject({ known: false, name: 'Sa Kaeo' });
		expect(valueOf(r, 'affected_returnees_f', 'KH-1', 2025, 'female')).toBe(61500);
		expect(valueOf(r, 'affected_returnees_m', 'KH-22', 2024, 'male')).toBe(5120);
		expect(s.years).toEqual({ min: 2023, max: 2025, count: 3 });
	});

	it('reads SDMX-CSV with labels: codes split from labels, bounds, non-total dimensions keep series apart', async () => {
		const r = readOk(await read('sdmx-unicef-hiv-incidence.csv'));
		expect(r.layout.id).toBe('sdmx');
		const s = r.data.builder.summary();
		expect(s.indicators.map((i) => i.indicator_id).sort()).toEqual(['HVA_EPI_INF_RT', 'HVA_EPI_INF_RT.Y15T24']);
		expect(s.indicators[0].unit).toBe('rate_per_1000');
		expect(s.places.map((p) => p.geo_id).sort()).toEqual(['KHM', 'LAO', 'THA']);
		expect(valueOf(r, 'HVA_EPI_INF_RT', 'KHM', 2018)).toBe(0.07);
		expect(valueOf(r, 'HVA_EPI_INF_RT', 'KHM', 2020, 'female')).toBe(0.05);
		const b = r.data.builder;
		const rows = Array.from({ length: b.size }, (_, i) => b.row(i));
		const tha = rows.find((x) => x.year === 2023 && x.geo_id === 'THA' && x.indicator_id === 'HVA_EPI_INF_RT');
		expect(tha).toMatchObject({ lower: 0.07, value: 0.08, upper: 0.1, source: 'UNAIDS 2024 estimates' });
	});

	it('reads our own tidy layout, including municipality and border-crossing geo_ids', async () => {
		const r = readOk(await read('tidy-own.csv'));
		expect(r.layout.id).toBe('tidy');
		expect(r.data.builder.summary().places.every((p) => p.known)).toBe(true);
		expect(valueOf(r, 'returnees_count', 'KH-1:poipet', 2025)).toBe(131730);
	});

	it('reads UTF-16 LE with a BOM and tabs (Excel "Unicode text")', async () => {
		const r = readOk(await read('owid-utf16le-tabs.txt'));
		expect(r.format).toMatchObject({ encoding: 'utf-16le', bom: true, delimiter: '\t' });
		expect(r.layout.id).toBe('owid');
		expect(r.data.builder.size).toBe(3);
	});

	it('reads a Windows-1252 file with semicolons and asks for a column mapping', async () => {
		const r = await read('latin1-semicolon.csv');
		expect(r.status).toBe('needs-mapping');
		if (r.status !== 'needs-mapping') return;
		expect(r.format).toMatchObject({ encoding: 'windows-1252', delimiter: ';' });
		expect(r.head.header).toEqual(['Pays', 'Année', 'Taux (%)']);
		expect(r.head.rows[1][0]).toBe('Thaïlande');
	});

	it('imports an unknown layout with the user mapping, decimal commas and names matched to places', async () => {
		const r = readOk(
			await read('latin1-semicolon.csv', {
				mapping: { place: 0, year: 1, value: 2, indicator: -1, indicatorName: 'HIV prevalence (%)', unitValue: 'percent' }
			})
		);
		expect(r.layout.id).toBe('mapped');
		const s = r.data.builder.summary();
		// "Cambodge" is a known spelling of Cambodia; "Thaïlande" is not, so it is kept as given and flagged.
		expect(s.places.find((p) => p.geo_id === 'KHM')).toMatchObject({ known: true });
		expect(valueOf(r, 'hiv_prevalence', 'KHM', 2019)).toBe(0.5);
		expect(s.places.find((p) => p.geo_id === 'Thaïlande')).toMatchObject({ known: false });
		expect(valueOf(r, 'hiv_prevalence', 'Thaïlande', 2019)).toBe(1.1);
		expect(s.indicators[0]).toMatchObject({ name: 'HIV prevalence (%)', unit: 'percent' });
	});
});
