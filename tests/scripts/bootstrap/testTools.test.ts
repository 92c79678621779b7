import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHROMIUM, installHint, testTools } from '../../../scripts/bootstrap/testTools.mjs';

describe('installHint(missing)', () => {
	it('names the default Chromium and the Debian packages in one line', () => {
		const chromium = testTools({}).filter((t) => t.name === 'Chromium');
		const hint = installHint(chromium);
		expect(hint).toContain(DEFAULT_CHROMIUM);
		expect(hint).toContain('apt-get install chromium fonts-noto-core');
		expect(hint).not.toContain('\n');
	});

	it('names both tools when both are missing', () => {
		const hint = installHint(testTools({ CHROMIUM_PATH: '/opt/none/chrome' }));
		expect(hint).toMatch(/Chromium \(\/opt\/none\/chrome\) and pdftotext/);
		expect(hint).toContain('chromium fonts-noto-core poppler-utils');
		expect(hint).toContain('CHROMIUM_PATH');
	});
});

describe('npm test without Chromium', () => {
	it('says how to install it within seconds, before installing or building anything', () => {
		const started = Date.now();
		// A path apt-get cannot fill, so even a root run only reports (and never installs).
		const missing = '/nonexistent/bin/chromium';
		const run = spawnSync(process.execPath, ['scripts/test.mjs'], {
			env: { ...process.env, CHROMIUM_PATH: missing },
			encoding: 'utf8',
			timeout: 20_000
		});
		const output = `${run.stdout}${run.stderr}`;
		expect(run.status).toBe(1);
		expect(Date.now() - started).toBeLessThan(10_000);
		const lines = output.trim().split('\n');
		expect(lines[0]).toContain(`Chromium (${missing})`);
		expect(lines[0]).toContain('apt-get install chromium');
		expect(output).toContain('nothing was installed or built');
		expect(output).not.toMatch(/svelte-check|vite|npm ci/);
	});
});
