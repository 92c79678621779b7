/**
 * Test support for security checks in Chromium: hostile payloads, traps that notice if one ever
 * runs (a dialog handler and a window flag the payloads set), a scan of the DOM for anything a
 * payload could have injected (elements with inline handlers, `javascript:` URLs, the payloads'
 * own <img>/<svg>/<script>), and a recorder of Content-Security-Policy violations.
 *
 * The listeners are installed with `addInitScript`, which goes through the DevTools protocol and
 * so is not subject to the page's CSP.
 */
import type { BrowserContext, Page } from 'playwright-core';

/** Payloads from the brief, which would show a dialog if they ever ran. */
export const ALERT_PAYLOADS = ['<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', 'javascript:alert(1)'] as const;

/** The same attacks, setting `window.__pwned` instead (a dialog can be missed; the flag cannot). */
export const FLAG_PAYLOADS = [
	'<img src=x onerror="window.__pwned=1">',
	"'\"><svg onload=window.__pwned=2>",
	'javascript:window.__pwned=3//',
	'<script>window.__pwned=4</script>',
	'<iframe srcdoc="<script>parent.__pwned=5</script>"></iframe>'
] as const;

export const PAYLOADS: readonly string[] = [...ALERT_PAYLOADS, ...FLAG_PAYLOADS];

export interface Traps {
	/** Messages of every alert/confirm/prompt the page opened (each is dismissed). */
	dialogs: string[];
}

/** Arms the traps on every page of `target`: run before navigating. */
export async function armTraps(target: BrowserContext | Page): Promise<Traps> {
	const traps: Traps = { dialogs: [] };
	await target.addInitScript(() => {
		(window as unknown as { __pwned: number }).__pwned = 0;
	});
	const watch = (page: Page) =>
		page.on('dialog', (dialog) => {
			traps.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
			void dialog.dismiss().catch(() => {});
		});
	if ('pages' in target) {
		target.pages().forEach(watch);
		target.on('page', watch);
	} else watch(target);
	return traps;
}

/** The value a payload sets when it runs (0: nothing ran in this document). */
export function pwned(page: Page): Promise<number> {
	return page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? 0);
}

/**
 * Everything in the document that a payload could have put there. The site itself never uses
 * inline event handler attributes (Svelte attaches listeners in JavaScript, and the CSP would block
 * them) nor `javascript:` URLs, so any of these is an injection.
 */
export function injectionFindings(page: Page): Promise<string[]> {
	// No helper functions inside: the bundler may wrap named functions in helpers the page lacks.
	return page.evaluate(() => {
		const found: string[] = [];
		for (const el of document.querySelectorAll('*')) {
			const tag = el.tagName.toLowerCase();
			const markup = `<${tag}${[...el.attributes].map((a) => ` ${a.name}="${a.value}"`).join('')}>`;
			for (const attr of el.attributes) {
				if (/^on/i.test(attr.name)) found.push(`inline handler ${attr.name}: ${markup}`);
				if (/^(href|src|action|formaction|xlink:href|data|srcdoc)$/i.test(attr.name)) {
					// Browsers ignore ASCII whitespace and control characters in and around the scheme.
					const value = attr.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
					if (value.startsWith('javascript:') || value.startsWith('vbscript:') || (attr.name === 'srcdoc' && value.includes('<script')))
						found.push(`script URL in ${attr.name}: ${markup}`);
				}
			}
			if (tag === 'img' && el.getAttribute('src') === 'x') found.push(`payload image: ${markup}`);
			if (tag === 'script' && /__pwned|alert\(/.test(el.textContent ?? '')) found.push(`payload script: ${markup}`);
			if (tag === 'iframe') found.push(`iframe: ${markup}`);
		}
		return found;
	});
}

/** Records CSP violations on every page of `target` (in `window.__cspViolations`). */
export async function recordCspViolations(target: BrowserContext | Page): Promise<void> {
	await target.addInitScript(() => {
		const list: string[] = [];
		(window as unknown as { __cspViolations: string[] }).__cspViolations = list;
		document.addEventListener(
			'securitypolicyviolation',
			(e) => list.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile || document.URL}:${e.lineNumber}${e.sample ? ` "${e.sample}"` : ''}`),
			true
		);
	});
}

export function cspViolations(page: Page): Promise<string[]> {
	return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? ['(recorder not installed)']);
}
