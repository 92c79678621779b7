/**
 * The copyable embed code: an iframe plus a few lines of plain JavaScript that resize it when the
 * chart reports its height. The script is self-contained ES5 so it runs when pasted into any page
 * (a blank HTML file, a CMS block). It accepts a message only when it comes from the embed's origin,
 * from one of the embed iframes on the page, and has the expected shape (see embedMessage.ts).
 */
import { EMBED_MESSAGE_TYPE, MAX_EMBED_HEIGHT } from './embedMessage';

export interface EmbedSnippetOptions {
	/** Absolute URL of the embed page, with its view query. */
	src: string;
	/** Accessible name of the iframe. */
	title: string;
	/** Height before the first message arrives (or with scripts off). */
	initialHeight?: number;
}

/** Attribute marking iframes the listener may resize. */
export const EMBED_ATTRIBUTE = 'data-bhmo-embed';

function escapeAttribute(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The listener script for embeds served from `origin`; installs itself once per page. `origin` is
 * a JavaScript expression when `originIsCode` (the served /embed/resize.js reads its own origin).
 */
export function resizeScript(origin: string, originIsCode = false): string {
	return `(function () {
  var origin = ${originIsCode ? origin : JSON.stringify(origin)};
  if (!origin) return;
  var key = "__bhmoEmbedResize:" + origin;
  if (window[key]) return;
  window[key] = true;
  window.addEventListener("message", function (event) {
    var d = event.data;
    if (event.origin !== origin || !d || d.type !== ${JSON.stringify(EMBED_MESSAGE_TYPE)}) return;
    if (typeof d.height !== "number" || !isFinite(d.height) || d.height <= 0 || d.height > ${MAX_EMBED_HEIGHT}) return;
    var frames = document.querySelectorAll("iframe[${EMBED_ATTRIBUTE}]");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = Math.ceil(d.height) + "px";
    }
  });
})();`;
}

export function embedSnippet(options: EmbedSnippetOptions): string {
	const origin = new URL(options.src).origin;
	const height = options.initialHeight ?? 480;
	// `</script` inside JSON.stringify'd values would end the element early; escape the slash.
	const script = resizeScript(origin).replace(/<\//g, '<\\/');
	return (
		`<iframe ${EMBED_ATTRIBUTE} src="${escapeAttribute(options.src)}" title="${escapeAttribute(options.title)}" ` +
		`loading="lazy" style="width:100%;height:${height}px;border:0;display:block" scrolling="no"></iframe>\n` +
		`<script>\n${script}\n</script>`
	);
}

/** An expression for the origin of the script being run (for the served resize.js). */
export const OWN_ORIGIN = 'document.currentScript && new URL(document.currentScript.src).origin';
