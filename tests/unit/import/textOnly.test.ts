/** File content reaches the page as text only: no {@html} anywhere in the importer's UI or library. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

describe('importer renders file content as text', () => {
	it.each([...files('src/routes/import'), ...files('src/lib/import')])('%s has no {@html} or innerHTML', (file) => {
		const text = readFileSync(file, 'utf8');
		expect(text).not.toMatch(/\{@html|innerHTML|outerHTML|insertAdjacentHTML/);
	});
});
