/**
 * Words for one map unit, pure: the accessible name of its focusable shape (also the first line of
 * the tooltip) and the interval text. "Banteay Meanchey: 69% (2010, CDHS 2010)";
 * "Battambang + Pailin (one survey domain): 78% (2010, CDHS 2010)"; "Koh Kong: no data".
 */
import { formatInterval, formatValue } from '$lib/data/format';
import type { Unit } from '$lib/data/schema';
import type { MapUnit, MapValue } from './mapUnits';

export function figureText(figure: MapValue, unit: Unit): string {
	const interval = formatInterval(figure.lower, figure.upper, unit);
	return `${formatValue(figure.value, unit)}${interval ? ` (interval ${interval})` : ''}`;
}

export function unitTitle(u: MapUnit): string {
	return u.grouped ? `${u.name} (one survey domain)` : u.name;
}

export function describeUnit(u: MapUnit, unit: Unit): string {
	if (u.split) {
		const parts = u.split.map((f) => `${f.geo_id === 'KH-25' ? 'Tboung Khmum' : 'Kampong Cham'} ${figureText(f, unit)} (${f.year}, ${f.source})`);
		return `${u.name}: published separately, ${parts.join('; ')}; not coloured, no boundary between them on this map`;
	}
	if (!u.figure) return `${unitTitle(u)}: no data`;
	return `${unitTitle(u)}: ${figureText(u.figure, unit)} (${u.figure.year}, ${u.figure.source})`;
}
