/** A failure to start the database, saying which part failed (see DbFailure in status.svelte.ts). */
import type { DbFailure } from './status.svelte';

export class DbError extends Error {
	readonly failure: DbFailure;

	constructor(failure: DbFailure, cause: unknown) {
		super(errorMessage(cause), { cause });
		this.name = 'DbError';
		this.failure = failure;
	}
}

export function errorMessage(error: unknown): string {
	if (error instanceof Error) return error.message;
	return typeof error === 'string' ? error : String(error);
}
