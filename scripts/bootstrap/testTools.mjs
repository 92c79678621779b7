/**
 * The programs the browser tests drive that npm cannot install: Debian's Chromium (through
 * playwright-core, never a downloaded browser) and pdftotext (the report's print test). Checked
 * before anything is installed or built, so a machine without them hears so within seconds.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** @typedef {{ name: string, path: string, packages: string[] }} TestTool */

/** @returns {TestTool[]} */
export function testTools(env = process.env) {
	return [
		{ name: 'Chromium', path: env.CHROMIUM_PATH || DEFAULT_CHROMIUM, packages: ['chromium', 'fonts-noto-core'] },
		{ name: 'pdftotext', path: '/usr/bin/pdftotext', packages: ['poppler-utils'] }
	];
}

/** One line saying what is missing and how to install it. @param {TestTool[]} missing */
export function installHint(missing) {
	const names = missing.map((t) => `${t.name} (${t.path})`).join(' and ');
	const packages = missing.flatMap((t) => t.packages).join(' ');
	const chromiumElsewhere = missing.some((t) => t.name === 'Chromium' && t.path !== DEFAULT_CHROMIUM);
	return (
		`npm test needs ${names}: install with \`sudo apt-get install ${packages}\`` +
		(chromiumElsewhere ? ' and unset CHROMIUM_PATH, or point CHROMIUM_PATH at a Chromium binary' : ' (or set CHROMIUM_PATH)')
	);
}

function isRoot() {
	return typeof process.getuid === 'function' && process.getuid() === 0;
}

/**
 * Returns true when every tool is there. As root (CI, containers) installs what apt-get can put
 * at the expected path, like .ci/run did; a CHROMIUM_PATH elsewhere is the caller's to provide.
 */
export function ensureTestTools(env = process.env) {
	let missing = testTools(env).filter((t) => !existsSync(t.path));
	const installable = missing.filter((t) => t.name !== 'Chromium' || t.path === DEFAULT_CHROMIUM);
	if (installable.length > 0 && isRoot() && existsSync('/usr/bin/apt-get')) {
		console.log(`Installing ${installable.map((t) => t.name).join(' and ')} with apt-get…`);
		const aptEnv = { ...env, DEBIAN_FRONTEND: 'noninteractive' };
		const packages = installable.flatMap((t) => t.packages);
		spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env: aptEnv });
		spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env: aptEnv });
		missing = missing.filter((t) => !existsSync(t.path));
	}
	if (missing.length === 0) return true;
	console.error(installHint(missing));
	return false;
}
