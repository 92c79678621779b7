/**
 * Launches Debian's Chromium through playwright-core (never a downloaded browser), with the
 * flags this machine's closed network needs, and collects what a page does: console errors,
 * requests to other origins.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
	if (!existsSync(CHROMIUM)) {
		throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH`);
	}
	return chromium.launch({
		executablePath: CHROMIUM,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			...extraArgs
		]
	});
}

export interface PageWatch {
	consoleErrors: string[];
	foreignRequests: string[];
	requests: string[];
}

/** Records console errors, page errors and every request that leaves `origin`. */
export function watchPage(page: Page, origin: string, allowedOrigins: string[] = []): PageWatch {
	const watch: PageWatch = { consoleErrors: [], foreignRequests: [], requests: [] };
	page.on('console', (msg) => {
		if (msg.type() === 'error') watch.consoleErrors.push(msg.text());
	});
	page.on('pageerror', (err) => watch.consoleErrors.push(`pageerror: ${err.message}`));
	page.on('request', (req) => {
		const url = req.url();
		watch.requests.push(url);
		if (url.startsWith('data:') || url.startsWith('blob:')) return;
		const o = new URL(url).origin;
		if (o !== origin && !allowedOrigins.includes(o)) watch.foreignRequests.push(url);
	});
	return watch;
}
