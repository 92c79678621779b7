/**
 * The source line printed under an exported chart: every source it draws on, short name and
 * title, then where the chart came from. "Sources: World Bank, 2024 (Prevalence of HIV, …);
 * UNAIDS, 2024 (AIDSinfo). Chart: Border Health & Migration Observatory, <permalink>"
 */
import type { Source } from '$lib/data/schema';
import { sourceShortLabel } from '$lib/data/labels';
import { SITE_NAME } from './citeView';

export function sourceLine(sources: readonly Source[], permalink: string, accessed?: string): string {
	const list = sources.map((s) => `${sourceShortLabel(s)} (${s.title})`).join('; ');
	const label = sources.length === 1 ? 'Source' : 'Sources';
	const when = accessed ? `, accessed ${accessed}` : '';
	return `${label}: ${list || 'none'}.\nChart: ${SITE_NAME}, ${permalink}${when}`;
}
