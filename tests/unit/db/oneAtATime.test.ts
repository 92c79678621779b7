import { describe, expect, it } from 'vitest';
import { oneAtATime } from '$lib/db/oneAtATime';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('oneAtATime', () => {
	it('never lets two tasks overlap, and runs them in the order queued', async () => {
		const queue = oneAtATime();
		const log: string[] = [];
		let running = 0;
		let most = 0;
		const task = (name: string, steps: number) => async () => {
			running += 1;
			most = Math.max(most, running);
			log.push(`${name} start`);
			for (let i = 0; i < steps; i++) await tick();
			log.push(`${name} end`);
			running -= 1;
			return name;
		};
		const results = await Promise.all([queue(task('stream', 3)), queue(task('schema', 1)), queue(task('next', 2))]);
		expect(results).toEqual(['stream', 'schema', 'next']);
		expect(most).toBe(1);
		expect(log).toEqual(['stream start', 'stream end', 'schema start', 'schema end', 'next start', 'next end']);
	});

	it('passes a failure to its caller and still runs the tasks after it', async () => {
		const queue = oneAtATime();
		const failed = queue(async () => {
			await tick();
			throw new Error('Parser Error: syntax error at or near "SELCT"');
		});
		const after = queue(async () => 'schema listed');
		await expect(failed).rejects.toThrow('syntax error at or near "SELCT"');
		await expect(after).resolves.toBe('schema listed');
	});
});
