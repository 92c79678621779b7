import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { needsInstall } from '../../../scripts/bootstrap/dependencies.mjs';

let root: string;
beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'bootstrap-'));
	writeFileSync(join(root, 'package-lock.json'), '{}');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function installAt(seconds: number): void {
	mkdirSync(join(root, 'node_modules'), { recursive: true });
	const marker = join(root, 'node_modules', '.package-lock.json');
	writeFileSync(marker, '{}');
	utimesSync(marker, seconds, seconds);
	utimesSync(join(root, 'package-lock.json'), 1_000, 1_000);
}

describe('needsInstall(root)', () => {
	it('is true on a fresh clone (no node_modules)', () => {
		expect(needsInstall(root)).toBe(true);
	});

	it('is true when node_modules exists but npm ci never finished (no .package-lock.json)', () => {
		mkdirSync(join(root, 'node_modules'));
		expect(needsInstall(root)).toBe(true);
	});

	it('is true when package-lock.json changed after the last install', () => {
		installAt(500);
		expect(needsInstall(root)).toBe(true);
	});

	it('is false when the install is newer than package-lock.json', () => {
		installAt(2_000);
		expect(needsInstall(root)).toBe(false);
	});
});
