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
	/** Contrast of an outline against the background it is drawn on (WCAG asks 3:1), else null. */
	ringContrast: number | null;
	/** The element is at least partly inside the viewport. */
	inView: boolean;
}

export function focused(page: Page): Promise<Focused> {
	// No helper functions inside: the bundler may wrap named functions in helpers the page lacks.
	return page.evaluate(() => {
		const el = (document.activeElement ?? document.body) as HTMLElement;
		// A visually hidden control (a file input inside its styled label) shows focus on an ancestor.
		let shown: HTMLElement = el;
		const own = el.getBoundingClientRect();
		if (own.width <= 1 || own.height <= 1) {
			for (let a = el.parentElement; a; a = a.parentElement) {
				if (getComputedStyle(a).outlineStyle !== 'none') {
					shown = a;
					break;
				}
			}
		}
		const cs = getComputedStyle(shown);
		let indicator: string | null = null;
		if (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2) indicator = 'outline';
		else if (cs.boxShadow && cs.boxShadow !== 'none') indicator = 'box-shadow';
		else if (el.hasAttribute('data-unit') && el.closest('svg')?.querySelector('.active-outline')) indicator = 'map outline';
		let ringContrast: number | null = null;
		if (indicator === 'outline') {
			// What is painted where the ring is (middle of its left or right side): the element under
			// it, or for a ring drawn inside the element (negative offset) the element itself.
			const box = shown.getBoundingClientRect();
			const offset = parseFloat(cs.outlineOffset);
			const middle = offset + parseFloat(cs.outlineWidth) / 2;
			const x = box.left - middle >= 0 ? box.left - middle : box.right + middle;
			const under =
				offset < 0
					? shown
					: document.elementsFromPoint(x, box.top + box.height / 2).find((e) => e !== shown && !shown.contains(e));
			let node: Element | null = under ?? shown.parentElement;
			let behind = 'rgb(255, 255, 255)';
			while (node) {
				const bg = getComputedStyle(node).backgroundColor;
				const parts = (bg.match(/[\d.]+/g) ?? []).map(Number);
				if (parts.length === 3 || (parts.length === 4 && parts[3] > 0.5)) {
					behind = bg;
					break;
				}
				node = node.parentElement;
			}
			const luminance = [cs.outlineColor, behind].map((color) =>
				(color.match(/[\d.]+/g) ?? ['0', '0', '0'])
					.slice(0, 3)
					.map((v) => Number(v) / 255)
					.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
					.reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0)
			);
			ringContrast = Math.round(((Math.max(...luminance) + 0.05) / (Math.min(...luminance) + 0.05)) * 100) / 100;
		}
		const rect = shown.getBoundingClientRect();
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
			ringContrast,
			inView: rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight && rect.left < innerWidth
		};
	});
}

/** Elements that took focus without a visible indicator, collected while tabbing. */
export type Unmarked = string[];

/** Why the focus on `f` is not visible enough, or null when it is. */
export function focusProblem(f: Focused): string | null {
	if (!f.indicator) return 'no focus indicator';
	if (f.ringContrast !== null && f.ringContrast < 3) return `focus ring contrast ${f.ringContrast}:1 (needs 3:1)`;
	return null;
}

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
		const problem = f.tag === 'body' ? null : focusProblem(f);
		if (problem) options.unmarked?.push(`${problem}: ${describeFocus(f)}`);
		if (wanted(f)) return f;
		seen.push(describeFocus(f));
	}
	throw new Error(`Tab never reached ${options.what ?? 'the wanted element'}; passed: ${seen.join(' → ')}`);
}
