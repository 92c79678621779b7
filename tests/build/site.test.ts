import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

describe('prerendered site', () => {
	it('writes the overview page with the site title', () => {
		const html = readFileSync('build/index.html', 'utf8');
		expect(html).toContain('Border Health &amp; Migration Observatory');
	});
});
