import { loadCatalog } from '$lib/server/loadCatalog';
import { overview } from './_home/overview';

export function load() {
	return overview(loadCatalog());
}
