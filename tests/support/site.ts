/** Where the built site is: `build/` unless SITE_BUILD_DIR says otherwise. */
import { join } from 'node:path';

export const BUILD_DIR = process.env.SITE_BUILD_DIR ?? 'build';

export function builtFile(...parts: string[]): string {
	return join(BUILD_DIR, ...parts);
}
