/**
 * Browser only. Clones a chart's <svg> with every presentation style it gets from CSS written
 * inline as resolved values: colours that come from CSS variables (`var(--grid)`), `currentColor`
 * and class rules become plain rgb() values, so the file looks the same outside the page.
 * Interactive-only parts (tooltips, focus helpers, anything marked `data-share-exclude`) and
 * hidden elements are dropped.
 */

const PROPERTIES = [
	'fill',
	'fill-opacity',
	'fill-rule',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-linecap',
	'stroke-linejoin',
	'opacity',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'text-anchor',
	'dominant-baseline',
	'letter-spacing',
	'paint-order',
	'vector-effect'
];

const DROP = 'foreignObject, script, style, [data-share-exclude], .tooltip';

export function inlineStyles(source: SVGSVGElement, width: number, height: number): SVGSVGElement {
	const clone = source.cloneNode(true) as SVGSVGElement;
	const from = [source, ...source.querySelectorAll<SVGElement>('*')];
	const to = [clone, ...clone.querySelectorAll<SVGElement>('*')];
	const remove: Element[] = [];
	from.forEach((el, i) => {
		const copy = to[i];
		const style = getComputedStyle(el);
		if (el.matches(DROP) || style.display === 'none' || style.visibility === 'hidden') {
			remove.push(copy);
			return;
		}
		const inline = PROPERTIES.map((p) => `${p}:${style.getPropertyValue(p)}`).join(';');
		for (const attr of [...copy.attributes]) {
			// Unresolved variables, classes, handlers and focus stops mean nothing in a file.
			if (attr.value.includes('var(') || attr.name === 'class' || attr.name === 'tabindex' || attr.name.startsWith('on')) {
				copy.removeAttribute(attr.name);
			}
		}
		copy.setAttribute('style', inline);
	});
	for (const el of remove) el.remove();

	if (!clone.getAttribute('viewBox')) {
		const box = source.getBoundingClientRect();
		clone.setAttribute('viewBox', `0 0 ${box.width} ${box.height}`);
	}
	clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	// Direct labels may sit just right of the plot, as on the page.
	clone.setAttribute('overflow', 'visible');
	clone.setAttribute('width', String(width));
	clone.setAttribute('height', String(height));
	for (const attr of ['x', 'y', 'id', 'aria-hidden', 'aria-describedby', 'aria-labelledby']) clone.removeAttribute(attr);
	return clone;
}
