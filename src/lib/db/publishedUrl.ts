/**
 * The URL of the published database file, versioned with its content hash from the data build's
 * manifest (see databaseVersion.ts). Without a manifest the file still opens, unversioned.
 */
import { DATABASE_FILE, MANIFEST_FILE } from '$lib/data/manifest';
import { dataUrl } from './dataUrl';
import { databaseVersion } from './databaseVersion';

export async function publishedUrl(): Promise<string> {
	const url = dataUrl(DATABASE_FILE);
	try {
		const response = await fetch(dataUrl(MANIFEST_FILE), { cache: 'no-cache' });
		const version = response.ok ? databaseVersion(await response.json()) : null;
		return version ? `${url}?v=${version}` : url;
	} catch {
		return url;
	}
}
