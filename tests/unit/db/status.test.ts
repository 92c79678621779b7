import { describe, expect, it } from 'vitest';
import { EngineStatus, consoleStatus, dbStatus, statusForRoute } from '$lib/db/status.svelte';

describe('EngineStatus', () => {
	it('starts idle, follows loading with progress, then ready', () => {
		const status = new EngineStatus('app');
		expect(status.phase).toBe('idle');
		status.markLoading({ step: 'engine', bytesLoaded: 10, bytesTotal: 100 });
		expect(status.phase).toBe('loading');
		expect(status.progress).toEqual({ step: 'engine', bytesLoaded: 10, bytesTotal: 100 });
		status.markLoading({ step: 'data' });
		expect(status.progress).toEqual({ step: 'data', bytesLoaded: 10, bytesTotal: 100 });
		status.markReady();
		expect(status.phase).toBe('ready');
		expect(status.failure).toBeNull();
	});

	it('records which part failed and why, and forgets it once ready again (after a restart)', () => {
		const status = new EngineStatus('console');
		status.markFailed('crashed', 'RuntimeError: memory access out of bounds');
		expect(status.phase).toBe('error');
		expect(status.failure).toBe('crashed');
		expect(status.detail).toBe('RuntimeError: memory access out of bounds');
		status.markLoading({ step: 'engine' });
		status.markReady();
		expect(status.failure).toBeNull();
		expect(status.detail).toBe('');
	});
});

describe('statusForRoute', () => {
	it('gives /sql/ the console’s engine and every other page the app’s', () => {
		expect(statusForRoute('/sql')).toBe(consoleStatus);
		expect(statusForRoute('/explore')).toBe(dbStatus);
		expect(statusForRoute('/import')).toBe(dbStatus);
		expect(statusForRoute(null)).toBe(dbStatus);
		expect(consoleStatus).not.toBe(dbStatus);
	});
});
