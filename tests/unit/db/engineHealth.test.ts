import { describe, expect, it } from 'vitest';
import { engineBroken, mayHaveBrokenEngine } from '$lib/db/engineHealth';

describe('engineBroken / mayHaveBrokenEngine', () => {
	it.each([
		'RuntimeError: memory access out of bounds',
		'memory access out of bounds',
		'RuntimeError: unreachable',
		'table index is out of bounds',
		'RuntimeError: function signature mismatch',
		'Aborted(). Build with -sASSERTIONS for more info.'
	])('a WebAssembly trap breaks the engine: %s', (message) => {
		expect(engineBroken(message)).toBe(true);
		expect(mayHaveBrokenEngine(message)).toBe(true);
	});

	it.each(['Out of Memory Error: could not allocate block of size 256.0 KiB (3.1 GiB/3.1 GiB used)', 'std::bad_alloc'])(
		'running out of memory is a suspicion to probe: %s',
		(message) => {
			expect(engineBroken(message)).toBe(false);
			expect(mayHaveBrokenEngine(message)).toBe(true);
		}
	);

	it.each([
		'Parser Error: syntax error at or near "SELEC"',
		'Binder Error: Referenced column "yeer" not found',
		'Conversion Error: Could not convert string \'x\' to INT32',
		'Permission Error: Cannot access file "/etc/passwd" - file system operations are disabled by configuration',
		'Catalog Error: Table with name bounds does not exist!'
	])('an error in the query itself leaves the engine alone: %s', (message) => {
		expect(mayHaveBrokenEngine(message)).toBe(false);
	});
});
