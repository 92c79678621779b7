/**
 * The one message an embedded chart sends to the page around it: its height, so the host can size
 * the iframe with no inner scrollbar. The host-side listener (embedSnippet.ts) checks the
 * sender's origin and this shape before it touches anything.
 */

export const EMBED_MESSAGE_TYPE = 'bhmo-embed:height';
/** Heights above this are treated as malformed (a runaway layout must not resize a host page to miles). */
export const MAX_EMBED_HEIGHT = 20_000;

export interface EmbedHeightMessage {
	type: typeof EMBED_MESSAGE_TYPE;
	/** The indicator id of the embedded chart. */
	chart: string;
	/** CSS pixels, the height of the embed's document. */
	height: number;
}

export function embedHeightMessage(chart: string, height: number): EmbedHeightMessage {
	return { type: EMBED_MESSAGE_TYPE, chart, height: Math.ceil(height) };
}

export function isEmbedHeightMessage(data: unknown): data is EmbedHeightMessage {
	if (typeof data !== 'object' || data === null) return false;
	const d = data as Record<string, unknown>;
	return (
		d.type === EMBED_MESSAGE_TYPE &&
		typeof d.chart === 'string' &&
		typeof d.height === 'number' &&
		Number.isFinite(d.height) &&
		d.height > 0 &&
		d.height <= MAX_EMBED_HEIGHT
	);
}
