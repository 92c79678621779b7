/**
 * Security in Chromium. The Content-Security-Policy: every prerendered page carries it (own origin
 * only, no inline script without a hash, no eval), and no page breaks it, including the DuckDB pages
 * while the engine starts and queries (so pages need no 'wasm-unsafe-eval'). Injection: hostile
 * text in URL parameters (/explore/, /embed/, /report/, /sql/?q=), in SQL results and errors, and
 * in an imported CSV (cells and file name) is shown as text: nothing runs (no dialog, no flag set),
 * no element is injected, no link gets a `javascript:` URL.
 *
 * The injection tests run with the CSP bypassed, so they test the escaping itself, not the policy
 * that would otherwise also block a handler that slipped through. A control test shows the traps
 * catch a payload that is injected on purpose.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, watchPage } from '../support/browser';
import { BUILD_DIR } from '../support/site';
import { sampledRoutes } from '../support/routes';
import { ALERT_PAYLOADS, FLAG_PAYLOADS, PAYLOADS, armTraps, cspViolations, injectionFindings, pwned, recordCspViolations, type Traps } from '../support/injection';
import { runInConsole, waitForConsole } from '../../scripts/bench/consoleDriver';

const siteUrl = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

function builtPages(dir = BUILD_DIR): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === '_app' || name === 'data' ? [] : builtPages(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

async function settled(page: Page): Promise<string> {
	await page.waitForFunction(() => ['ready', 'error'].includes(document.documentElement.dataset.db ?? ''), null, { timeout: 90_000 });
	return page.evaluate(() => document.documentElement.dataset.db ?? '');
}

describe('Content-Security-Policy', () => {
	const pages = builtPages();

	it('is on every prerendered page: own origin only, no unhashed inline script, no eval', () => {
		expect(pages.length).toBeGreaterThan(50);
		const problems: string[] = [];
		for (const file of pages) {
			const html = readFileSync(file, 'utf8');
			const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
			if (!policy) {
				problems.push(`${file}: no CSP meta tag`);
				continue;
			}
			const directives = new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
			if (directives.get('default-src')?.join(' ') !== "'self'") problems.push(`${file}: default-src is not 'self'`);
			const script = directives.get('script-src') ?? [];
			if (script.some((v) => /unsafe|https?:|\*/.test(v))) problems.push(`${file}: script-src allows ${script.join(' ')}`);
			if (directives.get('object-src')?.join(' ') !== "'none'") problems.push(`${file}: object-src is not 'none'`);
			for (const [name, values] of directives) {
				if (values.some((v) => /^(https?:|\*|data:.*script)/.test(v) && name !== 'img-src')) problems.push(`${file}: ${name} allows ${values.join(' ')}`);
			}
			// Inline scripts must be hashed into the policy.
			for (const [, body] of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
				if (body.trim() && !script.some((v) => v.startsWith("'sha256-"))) problems.push(`${file}: inline script without a hash`);
			}
		}
		expect(problems).toEqual([]);
	});

	it('no prerendered page has an inline event handler or a javascript: URL (the policy would block one; an attacker would want one)', () => {
		const problems: string[] = [];
		for (const file of pages) {
			const html = readFileSync(file, 'utf8');
			// Text never holds a raw `<` (Svelte escapes it), so every `<tag …>` here is markup.
			for (const [tag] of html.matchAll(/<[a-z][^<>]*>/gi)) {
				if (/\son[a-z]+\s*=/i.test(tag)) problems.push(`${file}: ${tag.slice(0, 120)}`);
				if (/\s(href|src|action|formaction)\s*=\s*["']?\s*(javascript|vbscript|data:text\/html)/i.test(tag)) problems.push(`${file}: ${tag.slice(0, 120)}`);
			}
		}
		expect(problems).toEqual([]);
	});

	it('is enforced, and the recorder sees a violation (control)', async () => {
		const context = await browser.newContext();
		await recordCspViolations(context);
		const traps = await armTraps(context);
		const page = await context.newPage();
		await page.goto(`${siteUrl}/about/`, { waitUntil: 'networkidle' });
		await page.evaluate(() => {
			const s = document.createElement('script');
			s.textContent = 'window.__pwned = 9';
			document.body.append(s);
			document.body.insertAdjacentHTML('beforeend', '<img src=x onerror="window.__pwned=8">');
		});
		await expect.poll(async () => (await cspViolations(page)).length).toBeGreaterThanOrEqual(2);
		expect(await pwned(page)).toBe(0);
		expect(traps.dialogs).toEqual([]);
		await context.close();
	});

	it.each(sampledRoutes())('%s loads without a violation', async (route) => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		await recordCspViolations(context);
		const page = await context.newPage();
		const watch = watchPage(page, siteUrl);
		await page.goto(siteUrl + route, { waitUntil: 'networkidle' });
		// Hover and focus wake up interactive parts (tooltips, share panels) that might add styles or images.
		await page.keyboard.press('Tab');
		expect(await cspViolations(page)).toEqual([]);
		expect(watch.consoleErrors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
		await context.close();
	});

	describe('DuckDB pages while the engine starts and queries', () => {
		let context: BrowserContext;
		beforeAll(async () => {
			context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
			await recordCspViolations(context);
		});
		afterAll(() => context?.close());

		it('/sql/: ready, a query answered, no violation', async () => {
			const page = await context.newPage();
			const watch = watchPage(page, siteUrl);
			await page.goto(`${siteUrl}/sql/`);
			expect(await waitForConsole(page)).toBe('ready');
			expect(await runInConsole(page, 'SELECT count(*) AS n FROM observations')).toMatchObject({ rows: 1, error: null });
			expect(await cspViolations(page)).toEqual([]);
			expect(watch.consoleErrors).toEqual([]);
			await page.close();
		});

		it("a host that sends a CSP header on the worker script needs 'wasm-unsafe-eval' there only (see README)", async () => {
			// The worker's policy comes from its own response; pages keep theirs ('self', no wasm-unsafe-eval).
			const page = await context.newPage();
			await page.route('**/*.worker.*.js', async (route) => {
				const response = await route.fetch();
				await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'" } });
			});
			await page.goto(`${siteUrl}/sql/`);
			expect(await waitForConsole(page)).toBe('ready');
			expect(await cspViolations(page)).toEqual([]);
			await page.close();
		});

		it('/explore/: a view queried in DuckDB and its map, no violation', async () => {
			const page = await context.newPage();
			const watch = watchPage(page, siteUrl);
			await page.goto(`${siteUrl}/explore/?indicator=skilled_birth_attendance&tab=map`);
			expect(await settled(page)).toBe('ready');
			await page.waitForSelector('[data-testid="explore-panel"][aria-busy="false"][data-origin="duckdb"]', { timeout: 30_000 });
			expect(await page.locator('.map-svg [data-unit]').count()).toBeGreaterThan(10);
			expect(await cspViolations(page)).toEqual([]);
			expect(watch.consoleErrors).toEqual([]);
			await page.close();
		});

		it('/import/: a file parsed in its worker and loaded into DuckDB, no violation', async () => {
			const page = await context.newPage();
			const watch = watchPage(page, siteUrl);
			await page.goto(`${siteUrl}/import/`);
			await page.waitForSelector('[data-phase="idle"]');
			await page.locator('input[type=file]').setInputFiles('tests/fixtures/import/tidy-own.csv');
			await page.waitForSelector('[data-phase="preview"]', { timeout: 30_000 });
			await page.locator('button.primary', { hasText: 'Import into the database' }).click();
			await page.waitForSelector('[data-phase="saved"]', { timeout: 90_000 });
			expect(await page.evaluate(() => document.documentElement.dataset.db)).toBe('ready');
			expect(await cspViolations(page)).toEqual([]);
			expect(watch.consoleErrors).toEqual([]);
			await page.close();
		});
	});
});

/** A context whose pages bypass the CSP (to test escaping, not the policy) with the traps armed. */
async function trapped(): Promise<{ context: BrowserContext; traps: Traps }> {
	const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
	return { context, traps: await armTraps(context) };
}

async function expectInert(page: Page, traps: Traps): Promise<void> {
	expect(await injectionFindings(page)).toEqual([]);
	expect(await pwned(page)).toBe(0);
	expect(traps.dialogs).toEqual([]);
}

describe('injection traps (control)', () => {
	it('catch a payload that is injected on purpose', async () => {
		const { context, traps } = await trapped();
		const page = await context.newPage();
		await page.goto(`${siteUrl}/about/`, { waitUntil: 'networkidle' });
		const html = `${FLAG_PAYLOADS[0]}${ALERT_PAYLOADS[0]}${ALERT_PAYLOADS[1]}<a href="${ALERT_PAYLOADS[2]}">x</a>`;
		// Beside the app's root, so hydration cannot remove it before the scan.
		await page.evaluate((h) => document.body.insertAdjacentHTML('beforeend', h), html);
		await expect.poll(() => pwned(page)).toBe(1);
		await expect.poll(() => traps.dialogs.length).toBe(1);
		expect(await injectionFindings(page)).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^inline handler onerror/),
				expect.stringMatching(/^inline handler onload/),
				expect.stringMatching(/^payload image/),
				expect.stringMatching(/^script URL in href/)
			])
		);
		await context.close();
	});
});

describe('hostile URL parameters stay text', () => {
	const every = (name: string) => PAYLOADS.map((p) => `${name}=${encodeURIComponent(p)}`).join('&');

	it.each([
		['/explore/', 'every parameter', `${every('indicator')}&${every('geo')}&${every('source')}&${every('cmp')}&${every('tab')}&${every('years')}&${every('theme')}&${every('x')}`],
		['/explore/', 'places, group and sex', `geo=${encodeURIComponent(PAYLOADS.join('~'))}&group=${encodeURIComponent(PAYLOADS[0])}&sex=${encodeURIComponent(PAYLOADS[2])}`],
		['/embed/hiv_prevalence/', 'every parameter', `${every('geo')}&${every('source')}&${every('theme')}&${every('x')}`],
		['/report/', 'place and indicators', `${every('place')}&${every('indicator')}`]
	])('%s with payloads in %s', async (route, _, query) => {
		const { context, traps } = await trapped();
		const page = await context.newPage();
		const watch = watchPage(page, siteUrl);
		await page.goto(`${siteUrl}${route}?${query}`, { waitUntil: 'networkidle' });
		if (route === '/explore/') {
			await settled(page);
			// Dropped parameters are named in a note, as text.
			const note = await page.locator('[data-testid="dropped-note"]').innerText();
			expect(note).toContain('<img src=x onerror=alert(1)>');
		}
		await page.keyboard.press('Tab');
		await expectInert(page, traps);
		expect(watch.consoleErrors).toEqual([]);
		expect(watch.foreignRequests).toEqual([]);
		await context.close();
	});

	it.each([ALERT_PAYLOADS[0], ALERT_PAYLOADS[1], FLAG_PAYLOADS[3]].map((p) => [p]))('/sql/?q= %s is shown as the query, and its error as text', async (payload) => {
		const { context, traps } = await trapped();
		const page = await context.newPage();
		await page.goto(`${siteUrl}/sql/?q=${encodeURIComponent(payload)}`);
		expect(await waitForConsole(page)).toBe('ready');
		await expectInert(page, traps);
		await page.click('button.run'); // a shared query runs only when the reader says so
		await page.waitForSelector('.sql-error .message', { timeout: 60_000 });
		expect(await page.inputValue('#sql-input')).toBe(payload);
		await expectInert(page, traps);
		await context.close();
	});
});

describe('SQL results and errors stay text', () => {
	it('every payload as a value, a column name and in an error message', async () => {
		const { context, traps } = await trapped();
		const page = await context.newPage();
		await page.goto(`${siteUrl}/sql/`);
		expect(await waitForConsole(page)).toBe('ready');
		const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;
		const ident = (s: string) => `"${s.replaceAll('"', '""')}"`;
		const columns = PAYLOADS.map((p, i) => `${quote(p)} AS ${ident(i % 2 ? p : `c${i}`)}`).join(', ');
		const run = await runInConsole(page, `SELECT ${columns}`);
		expect(run).toMatchObject({ rows: 1, error: null });
		const cells = await page.locator('.viewport tbody tr').first().locator('td').allInnerTexts();
		for (const p of PAYLOADS) expect(cells).toContain(p);
		const headers = (await page.locator('.viewport thead').innerText()).replace(/\s+/g, ' ');
		expect(headers).toContain(PAYLOADS[1]);
		await expectInert(page, traps);

		const failed = await runInConsole(page, `SELECT * FROM ${ident(PAYLOADS[0])}`);
		expect(failed.error).toContain(PAYLOADS[0]);
		await expectInert(page, traps);
		await context.close();
	});
});

describe('an imported CSV with payloads in its cells and name stays text', () => {
	let context: BrowserContext;
	let traps: Traps;
	let page: Page;
	let tableName = '';
	const fileName = `${ALERT_PAYLOADS[1]}${ALERT_PAYLOADS[0]}.csv`;
	const csvCell = (s: string) => `"${s.replaceAll('"', '""')}"`;
	// Tidy layout: payloads as a place, an indicator, a source, a note and a sex.
	const csv = [
		'indicator_id,geo_id,year,population_group,sex,value,lower,upper,unit,source_id,note',
		`art_coverage,KHM,2019,all,total,83,75,91,percent,my_survey,${csvCell(FLAG_PAYLOADS[0])}`,
		`art_coverage,${csvCell(FLAG_PAYLOADS[1])},2020,all,total,80,,,percent,my_survey,${csvCell(ALERT_PAYLOADS[2])}`,
		`${csvCell(ALERT_PAYLOADS[0])},KH-1,2021,all,total,70,,,percent,${csvCell(FLAG_PAYLOADS[2])},${csvCell(FLAG_PAYLOADS[3])}`,
		`art_coverage,KH-1,2022,all,${csvCell(ALERT_PAYLOADS[1])},71,,,percent,my_survey,${csvCell(FLAG_PAYLOADS[4])}`
	].join('\n');

	beforeAll(async () => {
		({ context, traps } = await trapped());
		page = await context.newPage();
	});
	afterAll(() => context?.close());

	it('in the preview and its list of problems', async () => {
		await page.goto(`${siteUrl}/import/`);
		await page.waitForSelector('[data-phase="idle"]');
		await page.locator('input[type=file]').setInputFiles({ name: fileName, mimeType: 'text/csv', buffer: Buffer.from(csv) });
		await page.waitForSelector('[data-phase="preview"]', { timeout: 30_000 });
		const text = await page.locator('main').innerText();
		expect(text).toContain(fileName);
		expect(text).toContain(FLAG_PAYLOADS[1]);
		expect(text).toContain(ALERT_PAYLOADS[0]);
		await expectInert(page, traps);
	});

	it('in the kept import and what DuckDB holds', async () => {
		// The row whose sex is a payload is a bad row: it is listed, and left out with consent.
		expect(await page.locator('.issues').innerText()).toContain(ALERT_PAYLOADS[1]);
		await page.getByLabel(/Import the \d+ good figures/).check();
		await page.locator('button.primary', { hasText: 'Import into the database' }).click();
		await page.waitForSelector('[data-phase="saved"]', { timeout: 90_000 });
		tableName = (await page.locator('.saved code').innerText()).trim();
		expect(tableName).toMatch(/^import_[a-z0-9_]+$/);
		await page.getByRole('button', { name: 'Import another file' }).click();
		const item = page.locator(`[data-import="${tableName}"]`);
		await item.getByRole('button', { name: "Show what's in the database" }).click();
		await page.locator(`[data-contents="${tableName}"] tbody tr`).first().waitFor({ timeout: 60_000 });
		expect(await page.locator(`[data-contents="${tableName}"]`).innerText()).toContain(FLAG_PAYLOADS[1]);
		await expectInert(page, traps);
	});

	it('in the SQL console', async () => {
		const sql = await context.newPage();
		await sql.goto(`${siteUrl}/sql/`);
		expect(await waitForConsole(sql)).toBe('ready');
		const run = await runInConsole(sql, `SELECT * FROM ${tableName}`);
		expect(run.error).toBeNull();
		expect(run.rows).toBeGreaterThan(0);
		const body = await sql.locator('.viewport tbody').innerText();
		expect(body).toContain(FLAG_PAYLOADS[1]);
		expect(await sql.locator('.schema, [aria-labelledby="schema-heading"]').first().innerText()).toContain(tableName);
		await expectInert(sql, traps);
		await sql.close();
	});

	it('beside the published figures in the explorer', async () => {
		const explore = await context.newPage();
		const watch = watchPage(explore, siteUrl);
		await explore.goto(`${siteUrl}/explore/?indicator=art_coverage&cmp=${tableName}/art_coverage~${tableName}/${encodeURIComponent(ALERT_PAYLOADS[0])}`);
		await settled(explore);
		await explore.waitForSelector('.import-compare', { timeout: 30_000 });
		expect(await explore.locator('.import-compare summary').innerText()).toContain('1 import');
		for (const tab of ['chart', 'table']) {
			await explore.goto(`${siteUrl}/explore/?indicator=art_coverage&tab=${tab}&cmp=${tableName}/art_coverage`);
			await settled(explore);
			await explore.waitForSelector('[data-testid="explore-panel"][aria-busy="false"]');
			await expectInert(explore, traps);
		}
		expect(await explore.locator('[data-testid="explore-panel"]').innerText()).toContain(FLAG_PAYLOADS[1]);
		expect(watch.consoleErrors).toEqual([]);
		await explore.close();
	});
});
