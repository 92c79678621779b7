/**
 * The browser's own copy of every import (IndexedDB), so imports survive a reload until the user
 * removes them. Two object stores written in one transaction: `meta` (small, listed on every page
 * load) and `data` (the Arrow IPC bytes as a Blob, read only when loading into DuckDB: Chromium
 * refuses plain values over ~127 MB but keeps Blobs as files). Nothing here leaves the browser.
 */
import type { ImportMeta } from './importMeta';

const DB_NAME = 'observatory-imports';
const VERSION = 1;

let opening: Promise<IDBDatabase> | undefined;

function request<T>(req: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
}

function done(tx: IDBTransaction): Promise<void> {
	return new Promise((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onerror = () => reject(tx.error);
		tx.onabort = () => reject(tx.error ?? new Error('The browser storage transaction was aborted.'));
	});
}

function open(): Promise<IDBDatabase> {
	if (typeof indexedDB === 'undefined') return Promise.reject(new Error('This browser has no IndexedDB storage (private mode?): imports cannot be kept.'));
	opening ??= new Promise((resolve, reject) => {
		const req = indexedDB.open(DB_NAME, VERSION);
		req.onupgradeneeded = () => {
			req.result.createObjectStore('meta', { keyPath: 'name' });
			req.result.createObjectStore('data', { keyPath: 'name' });
		};
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => {
			opening = undefined;
			reject(req.error);
		};
	});
	return opening;
}

export async function storedMetas(): Promise<ImportMeta[]> {
	const db = await open();
	const metas = await request(db.transaction('meta').objectStore('meta').getAll() as IDBRequest<ImportMeta[]>);
	return metas.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
}

export async function storedBytes(name: string): Promise<Uint8Array | null> {
	const db = await open();
	const row = await request(db.transaction('data').objectStore('data').get(name) as IDBRequest<{ name: string; ipc: Blob } | undefined>);
	return row ? new Uint8Array(await row.ipc.arrayBuffer()) : null;
}

export async function storeImport(meta: ImportMeta, ipc: Uint8Array): Promise<void> {
	const db = await open();
	const tx = db.transaction(['meta', 'data'], 'readwrite');
	try {
		tx.objectStore('meta').put(meta);
		tx.objectStore('data').put({ name: meta.name, ipc: new Blob([ipc as Uint8Array<ArrayBuffer>]) });
	} catch (e) {
		// put() throws synchronously (e.g. DataCloneError); without abort the meta row would commit alone.
		tx.abort();
		throw e;
	}
	await done(tx);
}

export async function unstoreImport(name: string): Promise<void> {
	const db = await open();
	const tx = db.transaction(['meta', 'data'], 'readwrite');
	tx.objectStore('meta').delete(name);
	tx.objectStore('data').delete(name);
	await done(tx);
}
