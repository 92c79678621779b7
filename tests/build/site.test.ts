import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { builtFile } from '../support/site';

describe('prerendered site', () => {
	it('writes the overview page with the site title', () => {
		const html = readFileSync(builtFile('index.html'), 'utf8');
		expect(html).toContain('Border Health &amp; Migration Observatory');
	});
});
