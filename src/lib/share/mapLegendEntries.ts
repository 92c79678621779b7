/**
 * The key of an exported province map: one swatch per colour class with its range, computed as
 * ChoroplethMap computes its classes (same values, method and number of classes), so the image
 * says what its colours mean.
 */
import { classBreaks, type BreakOptions } from '$lib/charts/map/classBreaks';
import { mapUnits, type MapValue } from '$lib/charts/map/mapUnits';
import { formatInterval } from '$lib/data/format';
import type { Unit } from '$lib/data/schema';
import type { LegendEntry } from './svgLegend';

const SQUARE = 'M-7,-6h14v12h-14Z';

export function mapLegendEntries(values: readonly MapValue[], unit: Unit, options: BreakOptions = {}): LegendEntry[] {
	const figures = mapUnits(values).units.flatMap((u) => (u.figure ? [u.figure.value] : []));
	const breaks = classBreaks(figures, { method: options.method ?? 'equal', classes: options.classes ?? 5 });
	if (!breaks) return [];
	return breaks.colors.map((color, i) => ({
		label: formatInterval(breaks.bounds[i], breaks.bounds[i + 1], unit) ?? `${breaks.bounds[i]}–${breaks.bounds[i + 1]}`,
		color,
		marker: SQUARE,
		line: false
	}));
}
