import { loadCatalog } from '$lib/server/loadCatalog';
import { sourcesView } from './sourcesView';

export function load() {
	return { sources: sourcesView(loadCatalog()) };
}
