import { describe, expect, it } from 'vitest';
import { filterCss } from '../../../src/routes/timeline/filterCss';

describe('filterCss(kinds, places)', () => {
	const css = filterCss(['border', 'health'], ['KHM', 'KH-1:poipet']).split('\n');

	it('hides the events that do not match each choice', () => {
		expect(css).toContain('#timeline:has(#kind-border:checked) .event:not([data-kind="border"]){display:none}');
		expect(css).toContain('#timeline:has(#timeline-place option[value="KH-1:poipet"]:checked) .event:not([data-in~="KH-1:poipet"]){display:none}');
	});

	it('hides a year with no event matching both choices, and says so when nothing matches', () => {
		const both = '#timeline:has(#kind-health:checked):has(#timeline-place option[value="KHM"]:checked)';
		expect(css).toContain(`${both} .year:not(:has(.event[data-kind="health"][data-in~="KHM"])){display:none}`);
		expect(css).toContain(`${both}:not(:has(.event[data-kind="health"][data-in~="KHM"])) .none{display:block}`);
	});

	it('writes one rule per choice and two per combination of choices (no rule for "all and all")', () => {
		expect(css).toHaveLength(4 + 2 * (3 * 3 - 1));
	});

	it('refuses a value that would break out of the selector, naming it', () => {
		expect(() => filterCss(['border'], ['KHM"]){}*{display:none'])).toThrow('invalid filter value: "KHM\\"]){}*{display:none"');
	});
});
