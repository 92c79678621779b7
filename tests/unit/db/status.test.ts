import { describe, expect, it } from 'vitest';
import { dbStatus, markFailed, markLoading, markReady } from '$lib/db/status.svelte';

describe('dbStatus', () => {
	it('starts idle, follows loading with progress, then ready', () => {
		expect(dbStatus.phase).toBe('idle');
		markLoading({ step: 'engine', bytesLoaded: 10, bytesTotal: 100 });
		expect(dbStatus.phase).toBe('loading');
		expect(dbStatus.progress).toEqual({ step: 'engine', bytesLoaded: 10, bytesTotal: 100 });
		markLoading({ step: 'data' });
		expect(dbStatus.progress).toEqual({ step: 'data', bytesLoaded: 10, bytesTotal: 100 });
		markReady();
		expect(dbStatus.phase).toBe('ready');
		expect(dbStatus.failure).toBeNull();
	});

	it('records which part failed and why', () => {
		markFailed('data', 'HTTP 404');
		expect(dbStatus.phase).toBe('error');
		expect(dbStatus.failure).toBe('data');
		expect(dbStatus.detail).toBe('HTTP 404');
	});
});
