/**
 * The timeline's filters work without JavaScript: the kind radios and the place <select> are read
 * by CSS `:has()`, which hides the events, the years and shows the "nothing matches" line. The
 * places come from the data, so the rules are written here at build time, one per choice and one
 * per pair of choices (a year is hidden when no event in it matches both).
 */

export const ROOT_ID = 'timeline';
export const PLACE_SELECT_ID = 'timeline-place';
export const kindInputId = (kind: string) => `kind-${kind}`;

// Ids in the data are plain (validated patterns); anything else would break out of the string.
function quoted(value: string): string {
	if (!/^[\w:.-]+$/u.test(value)) throw new Error(`invalid filter value: ${JSON.stringify(value)}`);
	return `"${value}"`;
}

interface Choice {
	/** Selector for "this choice is made", appended to the root. */
	chosen: string;
	/** Attribute selector an event matching the choice has. */
	match: string;
}

export function filterCss(kinds: readonly string[], places: readonly string[]): string {
	const root = `#${ROOT_ID}`;
	const kindChoices: Choice[] = kinds.map((k) => ({ chosen: `:has(#${kindInputId(k)}:checked)`, match: `[data-kind=${quoted(k)}]` }));
	const placeChoices: Choice[] = places.map((p) => ({
		chosen: `:has(#${PLACE_SELECT_ID} option[value=${quoted(p)}]:checked)`,
		match: `[data-in~=${quoted(p)}]`
	}));
	const rules: string[] = [];
	for (const c of [...kindChoices, ...placeChoices]) rules.push(`${root}${c.chosen} .event:not(${c.match}){display:none}`);
	const any: Choice = { chosen: '', match: '' };
	for (const k of [any, ...kindChoices]) {
		for (const p of [any, ...placeChoices]) {
			if (k === any && p === any) continue;
			const when = `${root}${k.chosen}${p.chosen}`;
			const match = `.event${k.match}${p.match}`;
			rules.push(`${when} .year:not(:has(${match})){display:none}`, `${when}:not(:has(${match})) .none{display:block}`);
		}
	}
	return rules.join('\n');
}
