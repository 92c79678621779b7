import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { swapDir } from '../../../scripts/data/swapDir';

let root: string;
beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'swap-dir-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function folder(name: string, content: string): string {
	const dir = join(root, name);
	mkdirSync(dir);
	writeFileSync(join(dir, 'file.txt'), content);
	return dir;
}

describe('swapDir', () => {
	it('replaces an existing folder and leaves nothing else behind', () => {
		const target = folder('data', 'old');
		swapDir(folder('fresh', 'new'), target);
		expect(readFileSync(join(target, 'file.txt'), 'utf8')).toBe('new');
		expect(readdirSync(root)).toEqual(['data']);
	});

	it('creates the folder when there was none', () => {
		swapDir(folder('fresh', 'new'), join(root, 'data'));
		expect(readdirSync(root)).toEqual(['data']);
	});

	it('keeps the old folder when the fresh one cannot be moved in', () => {
		const target = folder('data', 'old');
		expect(() => swapDir(join(root, 'missing'), target)).toThrow();
		expect(readFileSync(join(target, 'file.txt'), 'utf8')).toBe('old');
		expect(readdirSync(root)).toEqual(['data']);
	});
});
