/**
 * /report/ in Chromium: the prerendered default brief (Banteay Meanchey with national context),
 * a GET form for other briefs, a print button, and print output where no figure is split across
 * pages: Chromium's own PDF (page.pdf, A4) is read page by page with pdftotext (Debian's
 * poppler-utils, installed by .ci/run), and each figure's first line ("Figure N.") and last line
 * ("Latest (figure N)") must be on the same page.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, watchPage } from '../support/browser';

let browser: Browser;
const url = (path = '') => `${inject('siteUrl')}/report/${path}`;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Text of each page of a PDF. */
function pdfPages(pdf: Buffer): string[] {
	if (!existsSync('/usr/bin/pdftotext')) throw new Error('pdftotext is missing: apt-get install poppler-utils (.ci/run does it)');
	const dir = mkdtempSync(join(tmpdir(), 'report-pdf-'));
	const file = join(dir, 'report.pdf');
	writeFileSync(file, pdf);
	const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
	return Array.from({ length: count }, (_, i) =>
		execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', file, '-'], { encoding: 'utf8' })
	);
}

async function printToPdf(path: string): Promise<{ pages: string[]; figures: number }> {
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	await page.goto(url(path), { waitUntil: 'networkidle' });
	const figures = await page.locator('.brief-figure').count();
	const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
	await page.close();
	return { pages: pdfPages(pdf), figures };
}

function pageOf(pages: string[], text: string): number[] {
	return pages.flatMap((p, i) => (p.replace(/\s+/g, ' ').includes(text) ? [i] : []));
}

describe('report page', () => {
	it('prerenders the default brief with the date of the data, key figures and sourced figures, without JavaScript', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(url());
		expect(await page.locator('h1').textContent()).toBe('Banteay Meanchey, with national context');
		expect(await page.locator('.as-of').textContent()).toMatch(/^Data as of \w+ \d{1,2}, \d{4}/);
		expect(await page.locator('.key-figures tbody tr').count()).toBeGreaterThan(3);
		const figures = page.locator('.brief-figure');
		expect(await figures.count()).toBeGreaterThan(3);
		for (const figure of await figures.all()) {
			expect(await figure.locator('svg[role="img"]').count()).toBeGreaterThan(0);
			expect(await figure.locator('.subtitle').textContent()).toMatch(/reference years? \d{4}/);
			expect(await figure.locator('figcaption .sources a').count()).toBeGreaterThan(0);
		}
		expect(await page.getByRole('button', { name: 'Print / save as PDF' }).count()).toBe(0);
		await context.close();
	});

	it('makes another brief from the form and opens the print dialog from its button', async () => {
		const page = await browser.newPage();
		const watch = watchPage(page, inject('siteUrl'));
		await page.goto(url(), { waitUntil: 'networkidle' });
		await page.evaluate(() => {
			(window as unknown as { printed: number }).printed = 0;
			window.print = () => void (window as unknown as { printed: number }).printed++;
		});
		await page.getByLabel('Place').selectOption('KHM');
		await page.locator('summary', { hasText: 'Indicators' }).click();
		await page.getByLabel('HIV prevalence', { exact: true }).uncheck();
		await page.getByLabel('ART coverage among all PLHIV').check();
		await page.getByRole('button', { name: 'Make brief' }).click();
		await expect.poll(() => page.locator('h1').textContent()).toBe('Cambodia');
		expect(new URL(page.url()).searchParams.get('place')).toBe('KHM');
		const titles = await page.locator('.brief-figure .chart-title').allTextContents();
		expect(titles.length).toBeGreaterThan(0);
		expect(titles.some((t) => /HIV prevalence/.test(t))).toBe(false);
		await page.getByRole('button', { name: 'Print / save as PDF' }).click();
		expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
		expect(watch.consoleErrors).toEqual([]);
		expect(watch.foreignRequests).toEqual([]);
		await page.close();
	});

	it('drops unknown parameters with a visible note and still shows a brief', async () => {
		const page = await browser.newPage();
		await page.goto(url('?place=Mars&indicator=nope'), { waitUntil: 'networkidle' });
		await expect.poll(() => page.locator('.notice').allTextContents()).toEqual([
			'Ignored place=Mars: no figures for this place.',
			'Ignored indicator=nope: unknown indicator.'
		]);
		expect(await page.locator('h1').textContent()).toBe('Banteay Meanchey, with national context');
		await page.close();
	});

	it('fits a 375 px phone without horizontal scrolling', async () => {
		const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
		await page.goto(url(), { waitUntil: 'networkidle' });
		const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
		expect(scroll).toBeLessThanOrEqual(client);
		await page.close();
	});
});

describe('printed report (Chromium PDF, A4)', () => {
	it.each(['', '?place=KHM&indicator=hiv_prevalence&indicator=art_coverage&indicator=anc_4plus_visits'])(
		'%s: every figure starts and ends on the same page, the date of the data on page 1',
		async (query) => {
			const { pages, figures } = await printToPdf(query);
			expect(figures).toBeGreaterThan(1);
			expect(pages.length).toBeGreaterThan(1);
			expect(pages[0]).toMatch(/Data as of/);
			for (let n = 1; n <= figures; n++) {
				const start = pageOf(pages, `Figure ${n}.`);
				const end = pageOf(pages, `Latest (figure ${n})`);
				expect({ n, start: start.length, end: end.length }).toEqual({ n, start: 1, end: 1 });
				expect({ n, page: end[0] }).toEqual({ n, page: start[0] });
			}
		}
	);
});
