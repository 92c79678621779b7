/**
 * A small static file server for tests and benchmarks: serves a folder with HTTP Range support
 * (DuckDB-WASM reads the database file by ranges), optional CORS (to serve data from a second
 * origin), and hooks to block or delay paths (resilience tests).
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.wasm': 'application/wasm',
	'.csv': 'text/csv; charset=utf-8',
	'.parquet': 'application/vnd.apache.parquet',
	'.duckdb': 'application/octet-stream',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8'
};

export interface StaticServerOptions {
	root: string;
	port?: number;
	/** Add `Access-Control-Allow-Origin: *` (a data host on another origin). */
	cors?: boolean;
	/** Answer 404 for request paths this returns true for. */
	block?: (path: string) => boolean;
}

export interface StaticServer {
	url: string;
	server: Server;
	/** Paths requested so far, in order (for byte and request accounting). */
	requests: { path: string; status: number; bytes: number }[];
	close(): Promise<void>;
}

function resolvePath(root: string, urlPath: string): string | undefined {
	const clean = normalize(decodeURIComponent(urlPath.split('?')[0])).replace(/^(\.\.[/\\])+/, '');
	let file = join(root, clean);
	if (!file.startsWith(root)) return undefined;
	try {
		let stat = statSync(file);
		if (stat.isDirectory()) {
			file = join(file, 'index.html');
			stat = statSync(file);
		}
		return stat.isFile() ? file : undefined;
	} catch {
		// adapter-static writes `foo.html` for `/foo` when trailingSlash is off
		try {
			return statSync(file + '.html').isFile() ? file + '.html' : undefined;
		} catch {
			return undefined;
		}
	}
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
	const root = resolve(options.root);
	const requests: StaticServer['requests'] = [];
	const server = createServer((req, res) => {
		const path = (req.url ?? '/').split('?')[0];
		const record = (status: number, bytes: number) => requests.push({ path, status, bytes });
		if (options.cors) {
			res.setHeader('Access-Control-Allow-Origin', '*');
			res.setHeader('Access-Control-Allow-Headers', 'Range');
			res.setHeader('Access-Control-Expose-Headers', 'Content-Length, Content-Range, Accept-Ranges');
			if (req.method === 'OPTIONS') {
				res.writeHead(204).end();
				return;
			}
		}
		const file = options.block?.(path) ? undefined : resolvePath(root, path);
		if (!file) {
			res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
			record(404, 0);
			return;
		}
		const size = statSync(file).size;
		const headers: Record<string, string | number> = {
			'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
			'Accept-Ranges': 'bytes',
			'Cache-Control': 'no-cache'
		};
		const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
		if (range) {
			const start = range[1] === '' ? Math.max(0, size - Number(range[2])) : Number(range[1]);
			const end = range[1] !== '' && range[2] !== '' ? Math.min(Number(range[2]), size - 1) : size - 1;
			if (start > end || start >= size) {
				res.writeHead(416, { 'Content-Range': `bytes */${size}` }).end();
				record(416, 0);
				return;
			}
			res.writeHead(206, { ...headers, 'Content-Range': `bytes ${start}-${end}/${size}`, 'Content-Length': end - start + 1 });
			record(206, end - start + 1);
			if (req.method === 'HEAD') res.end();
			else createReadStream(file, { start, end }).pipe(res);
			return;
		}
		res.writeHead(200, { ...headers, 'Content-Length': size });
		record(200, req.method === 'HEAD' ? 0 : size);
		if (req.method === 'HEAD') res.end();
		else createReadStream(file).pipe(res);
	});
	await new Promise<void>((ok) => server.listen(options.port ?? 0, '127.0.0.1', ok));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		server,
		requests,
		close: () => new Promise((ok) => server.close(() => ok()))
	};
}
