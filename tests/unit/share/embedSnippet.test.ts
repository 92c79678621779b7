import { describe, expect, it } from 'vitest';
import { embedSnippet, resizeScript } from '$lib/share/embedSnippet';
import { embedHeightMessage, isEmbedHeightMessage } from '$lib/share/embedMessage';

const ORIGIN = 'https://observatory.example';

/** Runs the listener script against a fake window and document with two iframes. */
function host() {
	let listener: ((e: { origin: string; data: unknown; source: unknown }) => void) | undefined;
	const frames = [
		{ contentWindow: { name: 'a' }, style: { height: '480px' } },
		{ contentWindow: { name: 'b' }, style: { height: '480px' } }
	];
	const win: Record<string, unknown> = {
		addEventListener: (type: string, fn: typeof listener) => {
			if (type === 'message') listener = fn;
		}
	};
	const doc = { querySelectorAll: (sel: string) => (sel === 'iframe[data-bhmo-embed]' ? frames : []) };
	new Function('window', 'document', resizeScript(ORIGIN))(win, doc);
	return { frames, send: (e: { origin: string; data: unknown; source: unknown }) => listener?.(e), win };
}

describe('resizeScript', () => {
	it('resizes the iframe that sent a well-formed message from the embed origin', () => {
		const h = host();
		h.send({ origin: ORIGIN, data: embedHeightMessage('hiv_prevalence', 612.4), source: h.frames[1].contentWindow });
		expect(h.frames[1].style.height).toBe('613px');
		expect(h.frames[0].style.height).toBe('480px');
	});

	it.each([
		['another origin', { origin: 'https://evil.example', data: embedHeightMessage('x', 300) }],
		['the wrong type', { origin: ORIGIN, data: { type: 'resize', height: 300 } }],
		['a height that is not a number', { origin: ORIGIN, data: { type: 'bhmo-embed:height', chart: 'x', height: '300' } }],
		['a runaway height', { origin: ORIGIN, data: { type: 'bhmo-embed:height', chart: 'x', height: 1e9 } }],
		['no data', { origin: ORIGIN, data: null }]
	])('ignores a message with %s', (_, message) => {
		const h = host();
		h.send({ ...message, source: h.frames[0].contentWindow });
		expect(h.frames[0].style.height).toBe('480px');
	});

	it('ignores messages from windows that are not embed iframes', () => {
		const h = host();
		h.send({ origin: ORIGIN, data: embedHeightMessage('x', 300), source: { name: 'popup' } });
		expect(h.frames.map((f) => f.style.height)).toEqual(['480px', '480px']);
	});
});

describe('embedSnippet', () => {
	const snippet = embedSnippet({ src: `${ORIGIN}/embed/hiv_prevalence/?geo=KHM&years=2000..2020`, title: 'HIV prevalence "adults" <15–49>' });
	it('is an iframe with an escaped title and src, then the listener for that origin', () => {
		expect(snippet).toMatch(/^<iframe data-bhmo-embed src="https:\/\/observatory\.example\/embed\/hiv_prevalence\/\?geo=KHM&amp;years=2000\.\.2020"/);
		expect(snippet).toContain('title="HIV prevalence &quot;adults&quot; &lt;15–49&gt;"');
		expect(snippet).toContain(`var origin = "${ORIGIN}";`);
		expect(snippet.trim().endsWith('</script>')).toBe(true);
	});
	it('cannot close its own script element early', () => {
		const s = embedSnippet({ src: 'https://x.example/embed/a/?q=</script>', title: 't' });
		expect(s.match(/<\/script>/g)).toHaveLength(1);
	});
});

describe('isEmbedHeightMessage', () => {
	it('accepts what embedHeightMessage makes and rejects other shapes', () => {
		expect(isEmbedHeightMessage(embedHeightMessage('a', 10))).toBe(true);
		expect(isEmbedHeightMessage({ type: 'bhmo-embed:height', chart: 'a', height: 0 })).toBe(false);
		expect(isEmbedHeightMessage({ type: 'bhmo-embed:height', height: 10 })).toBe(false);
		expect(isEmbedHeightMessage('bhmo-embed:height')).toBe(false);
	});
});

describe('resizeScript(OWN_ORIGIN, true)', () => {
	it('takes the origin of the script file itself', async () => {
		const { OWN_ORIGIN } = await import('$lib/share/embedSnippet');
		let listener: ((e: { origin: string; data: unknown; source: unknown }) => void) | undefined;
		const frame = { contentWindow: {}, style: { height: '' } };
		const win = { addEventListener: (_: string, fn: typeof listener) => (listener = fn) };
		const doc = { currentScript: { src: `${ORIGIN}/embed/resize.js` }, querySelectorAll: () => [frame] };
		new Function('window', 'document', resizeScript(OWN_ORIGIN, true))(win, doc);
		listener?.({ origin: 'https://other.example', data: embedHeightMessage('x', 300), source: frame.contentWindow });
		expect(frame.style.height).toBe('');
		listener?.({ origin: ORIGIN, data: embedHeightMessage('x', 300), source: frame.contentWindow });
		expect(frame.style.height).toBe('300px');
	});
});
