// The embed resize listener as a file, for host pages whose Content-Security-Policy forbids inline
// scripts: <script src="https://…/embed/resize.js"></script> after the iframe. Same code as the snippet.
import { OWN_ORIGIN, resizeScript } from '$lib/share/embedSnippet';

export const prerender = true;

export function GET() {
	return new Response(`${resizeScript(OWN_ORIGIN, true)}\n`, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
