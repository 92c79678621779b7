/**
 * Text alternative for a dot plot of single figures (places compared in one year, or figures each
 * published for a single year): how many, the years, the highest and the lowest with place and
 * year, the focus place when present, and the sources. "HIV testing among pregnant women, 2010,
 * 24 places: highest Phnom Penh 92%, lowest Mondulkiri 41%; Banteay Meanchey 85% (CDHS, 2010)."
 */
import type { Observation } from '$lib/data/schema';
import { formatValue } from '$lib/data/format';

export interface DotsAltTextInput {
	indicatorName: string;
	figures: readonly Observation[];
	geoName: (geoId: string) => string;
	sourceLabel: (sourceId: string) => string;
	/** A place to name whatever its rank (Banteay Meanchey). */
	focus?: string;
}

export function dotsAltText(input: DotsAltTextInput): string {
	const f = input.figures;
	if (f.length === 0) return `${input.indicatorName}: no published figures match this view.`;
	const years = [...new Set(f.map((o) => o.year))].sort((a, b) => a - b);
	const oneYear = years.length === 1;
	const when = oneYear ? `${years[0]}` : `${years[0]}–${years.at(-1)}`;
	const named = (o: Observation) => `${input.geoName(o.geo_id)} ${formatValue(o.value, o.unit)}${oneYear ? '' : ` in ${o.year}`}`;
	const sources = [...new Set(f.map((o) => input.sourceLabel(o.source_id)))];
	const sourceText = sources.length <= 3 ? sources.join('; ') : `${sources.length} sources`;
	if (f.length === 1) return `${input.indicatorName}: ${named(f[0])}${oneYear ? ` in ${years[0]}` : ''} (${sourceText}).`;

	const high = f.reduce((a, b) => (b.value > a.value ? b : a));
	const low = f.reduce((a, b) => (b.value < a.value ? b : a));
	const focus = input.focus ? f.find((o) => o.geo_id === input.focus || o.geo_id.startsWith(`${input.focus}:`)) : undefined;
	const focusText = focus && focus !== high && focus !== low ? `; ${named(focus)}` : '';
	const what = oneYear ? `${f.length} figures for ${new Set(f.map((o) => o.geo_id)).size} places` : `${f.length} figures each published for a single year`;
	return `${input.indicatorName}, ${when}, ${what}: highest ${named(high)}, lowest ${named(low)}${focusText} (${sourceText}).`;
}
