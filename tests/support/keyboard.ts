/**
 * Test support for keyboard-only walkthroughs: what has focus, whether it shows a visible focus
 * indicator, and Tab (or Shift+Tab) until a wanted element has focus — using key presses only,
 * never `focus()` or the mouse.
 */
import type { Page } from 'playwright-core';

export interface Focused {
	tag: string;
	id: string;
	role: string | null;
	/** Accessible name as written (aria-label) or the text content, trimmed. */
	name: string;
	value: string | null;
	testid: string | null;
	unit: string | null;
	/** Inside a chart's keyboard layer (one button per figure). */
	chartPoint: boolean;
	/** How focus is shown: 'outline', 'box-shadow', 'map outline', or null when it is not. */
	indicator: string | null;
	/** The element is at least partly inside the viewport. */
	inView: boolean;
}

export function focused(page: Page): Promise<Focused> {
	// No helper functions inside: the bundler may wrap named functions in helpers the page lacks.
	return page.evaluate(() => {
		const el = (document.activeElement ?? document.body) as HTMLElement;
		const cs = getComputedStyle(el);
		let indicator: string | null = null;
		if (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2) indicator = 'outline';
		else if (cs.boxShadow && cs.boxShadow !== 'none') indicator = 'box-shadow';
		else if (el.hasAttribute('data-unit') && el.closest('svg')?.querySelector('.active-outline')) indicator = 'map outline';
		const rect = el.getBoundingClientRect();
		return {
			tag: el.tagName.toLowerCase(),
			id: el.id,
			role: el.getAttribute('role'),
			name: (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim(),
			value: 'value' in el ? String((el as HTMLInputElement).value) : null,
			testid: el.getAttribute('data-testid'),
			unit: el.getAttribute('data-unit'),
			chartPoint: el.closest('.targets') !== null,
			indicator,
			inView: rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight && rect.left < innerWidth
		};
	});
}

/** Elements that took focus without a visible indicator, collected while tabbing. */
export type Unmarked = string[];

export const describeFocus = (f: Focused) => `${f.tag}${f.id ? '#' + f.id : ''}${f.unit ? `[data-unit=${f.unit}]` : ''} "${f.name.slice(0, 60)}"`;

/**
 * Presses Tab (Shift+Tab with `back`) until `wanted` holds for the focused element; throws after
 * `max` presses. Every stop on the way is checked for a visible focus indicator (into `unmarked`).
 */
export async function tabTo(
	page: Page,
	wanted: (f: Focused) => boolean,
	options: { back?: boolean; max?: number; unmarked?: Unmarked; what?: string } = {}
): Promise<Focused> {
	const seen: string[] = [];
	for (let i = 0; i < (options.max ?? 80); i++) {
		await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
		const f = await focused(page);
		if (f.tag !== 'body' && !f.indicator) options.unmarked?.push(describeFocus(f));
		if (wanted(f)) return f;
		seen.push(describeFocus(f));
	}
	throw new Error(`Tab never reached ${options.what ?? 'the wanted element'}; passed: ${seen.join(' → ')}`);
}
