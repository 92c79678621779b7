/**
 * Browser only, for /embed/: tells the page around the iframe how tall the embed's document is,
 * on load and whenever it changes (ResizeObserver), so the host can size the iframe with no inner
 * scrollbar. Measures <html>'s box rather than scrollHeight: scrollHeight never drops below the
 * iframe's current height, so an embed could grow but never shrink. Returns a cleanup function.
 */
import { embedHeightMessage } from './embedMessage';

export function documentHeight(doc: Document = document): number {
	return Math.ceil(doc.documentElement.getBoundingClientRect().height);
}

export function reportHeight(chart: string): () => void {
	if (window.parent === window) return () => {};
	let last = -1;
	const post = () => {
		const height = documentHeight();
		if (height === last) return;
		last = height;
		// The height is not sensitive, and the embed cannot know who hosts it: any origin may read it.
		window.parent.postMessage(embedHeightMessage(chart, height), '*');
	};
	const observer = new ResizeObserver(post);
	observer.observe(document.documentElement);
	window.addEventListener('load', post);
	post();
	return () => {
		observer.disconnect();
		window.removeEventListener('load', post);
	};
}
