/**
 * /import/ in Chromium, through the real page: WDI, OWID, HXL and SDMX-CSV files picked with the
 * file input become DuckDB tables with the right places, years and values (read back from the
 * database, not from the preview); a file with bad rows imports its good rows only after consent;
 * malformed and oversized files get a clear message and leave every earlier import intact; imports
 * survive a reload until removed. Nothing leaves the origin.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { closeSync, ftruncateSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { waitForConsole } from '../../scripts/bench/consoleDriver';
import { launchBrowser, watchPage, type PageWatch } from '../support/browser';

const FIXTURES = resolve('tests/fixtures/import');
const fixture = (name: string) => join(FIXTURES, name);

let browser: Browser;
let context: BrowserContext;
let page: Page;
let watch: PageWatch;

beforeAll(async () => {
	browser = await launchBrowser();
	context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	page = await context.newPage();
	watch = watchPage(page, new URL(inject('siteUrl')).origin);
	await page.goto(`${inject('siteUrl')}/import/`);
	await page.waitForSelector('[data-phase="idle"]');
});
afterAll(async () => {
	await browser?.close();
});

async function pick(name: string, phase: 'preview' | 'failed' | 'mapping'): Promise<void> {
	await page.locator('input[type=file]').setInputFiles(name.startsWith('/') ? name : fixture(name));
	await page.waitForSelector(`[data-phase="${phase}"]`, { timeout: 30_000 });
}

const fact = (name: string) => page.locator(`[data-fact="${name}"]`).innerText();

async function importShown(): Promise<string> {
	await page.locator('button.primary', { hasText: 'Import into the database' }).click();
	await page.waitForSelector('[data-phase="saved"]', { timeout: 60_000 });
	const name = (await page.locator('.saved code').innerText()).trim();
	await page.getByRole('button', { name: 'Import another file' }).click();
	await page.waitForSelector('[data-phase="idle"]');
	return name;
}

/** The import's rows as DuckDB holds them: "indicator|place|sex|figures|years|latest" per line. */
async function contents(name: string): Promise<string[]> {
	const item = page.locator(`[data-import="${name}"]`);
	const show = item.getByRole('button', { name: "Show what's in the database" });
	if (await show.count()) await show.click();
	const table = page.locator(`[data-contents="${name}"] tbody tr`);
	await table.first().waitFor({ timeout: 60_000 });
	return table.evaluateAll((trs) =>
		trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').replace(/\s+/g, ' ').trim()).join('|'))
	);
}

const keptNames = async () => page.locator('[data-import]').evaluateAll((els) => els.map((e) => e.getAttribute('data-import')));

describe('/import/ in Chromium', () => {
	const names: Record<string, string> = {};

	it('imports a WDI bulk download: 7 places, 1990–2023, Cambodia 0.5% in 2023', async () => {
		await pick('wdi-hiv-prevalence.csv', 'preview');
		expect(await fact('layout')).toBe('World Bank WDI download');
		expect(await fact('rows')).toBe('238');
		expect(await fact('places')).toBe('7 (4 known here, 3 not)');
		expect(await fact('years')).toBe('1990–2023 (34 years)');
		expect(await fact('unknown-places')).toContain('WLD (World)');
		names.wdi = await importShown();
		expect(names.wdi).toBe('import_wdi_hiv_prevalence');
		const rows = await contents(names.wdi);
		expect(rows).toContain('SH.DYN.AIDS.ZS|KHM (Cambodia)|total|34|1990–2023|0.5%');
		expect(rows).toContain('SH.DYN.AIDS.ZS|WLD (World) not known here|total|34|1990–2023|0.7%');
	});

	it('imports an OWID grapher export: Laos from 2000, aggregates kept but flagged', async () => {
		await pick('owid-hiv-share.csv', 'preview');
		expect(await fact('layout')).toBe('Our World in Data grapher export');
		expect(await fact('places')).toBe('6 (4 known here, 2 not)');
		expect(await fact('years')).toBe('1990–2021 (32 years)');
		names.owid = await importShown();
		const rows = await contents(names.owid);
		expect(rows).toContain('share_of_the_population_infected_with_hiv_ages_15_49|LAO (Laos)|total|22|2000–2021|0.3%');
		expect(rows.some((r) => r.includes('OWID_WRL (World) not known here'))).toBe(true);
	});

	it('imports an HXL-tagged HDX file: p-codes to provinces, female and male returnees', async () => {
		await pick('hdx-hxl-returnees.csv', 'preview');
		expect(await fact('layout')).toBe('HXL-tagged file (HDX)');
		expect(await fact('places')).toBe('5 (4 known here, 1 not)');
		expect(await fact('years')).toBe('2023–2025 (3 years)');
		names.hxl = await importShown();
		const rows = await contents(names.hxl);
		expect(rows).toContain('affected_returnees_f|KH-1 (Banteay Meanchey)|female|3|2023–2025|61,500');
		expect(rows).toContain('affected_returnees_m|KH-22 (Oddar Meanchey)|male|3|2023–2025|17,240');
		expect(rows).toContain('affected_returnees_m|TH27 (Sa Kaeo) not known here|male|1|2025|940');
	});

	it('imports SDMX-CSV: codes split from labels, age bands kept apart, rates per 1,000', async () => {
		await pick('sdmx-unicef-hiv-incidence.csv', 'preview');
		expect(await fact('layout')).toBe('SDMX-CSV');
		expect(await fact('places')).toBe('3 (3 known here)');
		expect(await fact('years')).toBe('2015–2023 (4 years)');
		expect(await fact('indicators')).toBe('2');
		names.sdmx = await importShown();
		const rows = await contents(names.sdmx);
		expect(rows).toContain('HVA_EPI_INF_RT|THA (Thailand)|total|3|2015–2023|0.08');
		expect(rows).toContain('HVA_EPI_INF_RT.Y15T24|KHM (Cambodia)|total|2|2020–2023|0.03');
	});

	it('reads a Parquet file in the worker (hyparquet) like its CSV twin', async () => {
		await pick('owid-hiv-share.parquet', 'preview');
		expect(await fact('layout')).toBe('Our World in Data grapher export');
		expect(await fact('rows')).toBe('158');
		expect(await fact('places')).toBe('6 (4 known here, 2 not)');
		await page.getByRole('button', { name: 'Choose another file' }).click();
	});

	it('maps the columns of an unknown Windows-1252 file by hand', async () => {
		await pick('latin1-semicolon.csv', 'mapping');
		const read = page.getByRole('button', { name: 'Read with this mapping' });
		expect(await read.isDisabled()).toBe(false); // Pays / Année / Taux (%) are recognised
		await page.getByLabel('Indicator name').fill('HIV prevalence, adults (%)');
		await read.click();
		await page.waitForSelector('[data-phase="preview"]');
		expect(await fact('layout')).toBe('Your column mapping');
		expect(await fact('places')).toBe('4 (2 known here, 2 not)'); // Cambodge, Viêt Nam
		expect(await fact('unknown-places')).toContain('Thaïlande');
		await page.getByRole('button', { name: 'Choose another file' }).click();
	});

	it('imports the good rows of a file with bad rows only after the user agrees', async () => {
		await pick('some-bad-rows.csv', 'preview');
		expect(await page.locator('#issues-heading').innerText()).toBe('6 problems found');
		expect(await page.locator('.issues tbody tr').first().innerText()).toContain('value: 130 is outside 0–100 (unit percent)');
		const button = page.locator('button.primary', { hasText: 'Import into the database' });
		expect(await button.isDisabled()).toBe(true);
		await page.getByLabel(/Import the 2 good figures and leave out the 6 listed above/).check();
		expect(await button.isDisabled()).toBe(false);
		names.bad = await importShown();
		expect(await contents(names.bad)).toEqual(['art_coverage|KHM (Cambodia)|total|2|2019–2022|88%']);
	});

	it('refuses malformed files with a message naming the problem and line, changing nothing', async () => {
		const before = await keptNames();
		expect(before).toHaveLength(5);
		const cases: [string, RegExp][] = [
			['empty.csv', /The file is empty \(0 bytes\)\./],
			['image-renamed.csv', /not a text table: it looks like a PNG image/],
			['mixed-encoding.csv', /Line 5: bytes that are not valid UTF-8 .*mixes encodings/],
			['header-only.csv', /has a header \(line 1\) but no data rows/],
			['single-column.txt', /Only one column was found/],
			['duplicate-value-column.csv', /Columns D and E are both named "value"\. Each column needs its own name/]
		];
		for (const [file, message] of cases) {
			await pick(file, 'failed');
			const alert = page.locator('.failure');
			expect(await alert.innerText()).toMatch(message);
			expect(await alert.innerText()).toContain('your 5 earlier imports are as they were');
			await page.getByRole('button', { name: 'Choose another file' }).click();
			await page.waitForSelector('[data-phase="idle"]');
		}
		// A truncated file is read up to the cut, the cut row is listed, nothing is kept without consent.
		await pick('truncated-quote.csv', 'preview');
		expect(await page.locator('.issues').innerText()).toMatch(/Line 4: a quoted field opens here and is never closed/);
		await page.getByRole('button', { name: 'Choose another file' }).click();
		expect(await keptNames()).toEqual(before);
		expect(await contents(names.wdi)).toContain('SH.DYN.AIDS.ZS|KHM (Cambodia)|total|34|1990–2023|0.5%');
	});

	it('refuses a file over the 200 MB limit at once, without reading it', async () => {
		const big = join(mkdtempSync(join(tmpdir(), 'import-big-')), 'too-big.csv');
		const fd = openSync(big, 'w');
		ftruncateSync(fd, 201 * 1024 * 1024); // sparse: no disk space used
		closeSync(fd);
		await pick(big, 'failed');
		expect(await page.locator('.failure').innerText()).toMatch(/The file is 201 MB, over the 200 MB limit/);
		await page.getByRole('button', { name: 'Choose another file' }).click();
	});

	it('cancels reading a large file, keeping nothing of it', async () => {
		const big = join(mkdtempSync(join(tmpdir(), 'import-cancel-')), 'large.csv');
		const row = 'hiv_prevalence,KHM,2020,all,total,0.5,0.4,0.6,percent,my_survey_2024\n';
		writeFileSync(big, 'indicator_id,geo_id,year,population_group,sex,value,lower,upper,unit,source_id\n' + row.repeat(600_000));
		const before = await keptNames();
		await page.locator('input[type=file]').setInputFiles(big);
		await page.waitForSelector('[data-phase="reading"]');
		await page.getByRole('button', { name: 'Cancel' }).click();
		await page.waitForSelector('[data-phase="idle"]');
		expect(await keptNames()).toEqual(before);
	});

	it('keeps imports across a reload, in the list and in DuckDB, until removed', async () => {
		await page.reload();
		await page.waitForSelector('[data-phase="idle"]');
		await page.locator('[data-import]').first().waitFor();
		expect(await keptNames()).toEqual([names.wdi, names.owid, names.hxl, names.sdmx, names.bad]);
		expect(await contents(names.sdmx)).toContain('HVA_EPI_INF_RT|THA (Thailand)|total|3|2015–2023|0.08');
		const item = page.locator(`[data-import="${names.bad}"]`);
		await item.getByRole('button', { name: 'Remove…' }).click();
		await item.getByRole('button', { name: `Remove ${names.bad}` }).click();
		await page.waitForFunction((n) => !document.querySelector(`[data-import="${n}"]`), names.bad);
		await page.reload();
		await page.locator('[data-import]').first().waitFor();
		expect(await keptNames()).toEqual([names.wdi, names.owid, names.hxl, names.sdmx]);
	});

	it('after a reload, the SQL console queries the kept imports', async () => {
		const sql = `SELECT geo_id, value FROM ${names.wdi} WHERE year = 1998 AND geo_known ORDER BY geo_id`;
		await page.goto(`${inject('siteUrl')}/sql/?q=${encodeURIComponent(sql)}`);
		expect(await waitForConsole(page)).toBe('ready');
		// Run at once: the console waits for the imports a query names, which load after it is ready.
		await page.click('button.run');
		await page.waitForSelector('[data-rows]', { timeout: 60_000 });
		expect(await page.locator('[data-rows]').getAttribute('data-rows')).toBe('4');
		const cells = await page.locator('.viewport tbody td:not(.index)').allInnerTexts();
		expect(cells.map((c) => c.trim())).toEqual(['KHM', '1.7', 'LAO', '0.2', 'THA', '2', 'VNM', '0.2']);
	});

	it('sent nothing to another origin and logged no errors', () => {
		expect(watch.foreignRequests).toEqual([]);
		expect(watch.consoleErrors).toEqual([]);
	});
});
