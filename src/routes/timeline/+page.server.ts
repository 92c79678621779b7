import { loadCatalog } from '$lib/server/loadCatalog';
import { timelineView } from './timelineView';

export function load() {
	return timelineView(loadCatalog());
}
