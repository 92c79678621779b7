/**
 * Projection and placement for province maps, pure: units and points in, SVG path strings and
 * pixel positions out (Svelte only writes them). Equal-area conic projection, so the eye compares
 * areas fairly. Two views: the whole country, and a zoom on Banteay Meanchey and the Thai border.
 * Drawing order (GEO.md §6): neighbours, then provinces, then Cambodia's outline taken from the
 * provinces themselves, so the neighbours' generalised border never cuts into a province.
 */
import { geoConicEqualArea, geoPath } from 'd3';
import { merge, mesh } from 'topojson-client';
import type { MultiPolygon, Polygon } from 'geojson';
import { textWidth } from '../textWidth';
import { countryFeatures, provinceFeatures, provinceTopology } from './geometry';
import type { MapUnit } from './mapUnits';

export type MapView = 'national' | 'border';

export interface MapPoint {
	geo_id: string;
	name: string;
	level: 'municipality' | 'border_crossing';
	lat: number;
	lon: number;
	/** Short label on the map; defaults to the name without parentheses. */
	label?: string;
}

export type Anchor = 'start' | 'middle' | 'end';

export interface PlacedPoint extends MapPoint {
	x: number;
	y: number;
	label: string;
	/** False when another point's label already sits here (Poipet's crossing is on the town). */
	showLabel: boolean;
	/** Label to the right (start) or to the left (end) of the symbol. */
	anchor: Anchor;
}

export interface PlacedUnit {
	key: string;
	/** Outline of the whole unit (domains merged), for the hover/focus ring. */
	outline: string;
	/** Anchor for the tooltip and for arrow-key navigation (centre of its largest polygon). */
	cx: number;
	cy: number;
}

export interface PlacedLabel {
	id: string;
	text: string;
	x: number;
	y: number;
	anchor: Anchor;
}

export interface PlacedMap {
	width: number;
	height: number;
	provinces: { id: string; unitKey: string; d: string }[];
	units: PlacedUnit[];
	countries: { id: string; name: string; d: string }[];
	labels: PlacedLabel[];
	/** Borders between units (none inside a survey domain). */
	innerBorders: string;
	/** Cambodia's outline, from the provinces. */
	outline: string;
	highlight: string | null;
	points: PlacedPoint[];
}

interface ViewSpec {
	/** [[west, south], [east, north]] that must be visible. */
	extent: [[number, number], [number, number]] | null;
	margin: { top: number; right: number; bottom: number; left: number };
	/** Label anchors in [lon, lat], chosen inside their polygons (checked in tests). */
	labels: { id: string; text: string; at: [number, number]; anchor: Anchor }[];
}

export const VIEWS: Record<MapView, ViewSpec> = {
	national: {
		extent: null,
		margin: { top: 30, right: 12, bottom: 14, left: 64 },
		labels: [
			{ id: 'THA', text: 'Thailand', at: [101.75, 12.75], anchor: 'start' },
			{ id: 'LAO', text: 'Laos', at: [106.2, 14.75], anchor: 'middle' },
			{ id: 'VNM', text: 'Vietnam', at: [106.3, 10.65], anchor: 'middle' }
		]
	},
	border: {
		extent: [[102.05, 13.2], [103.75, 14.45]],
		margin: { top: 0, right: 0, bottom: 0, left: 0 },
		labels: [
			{ id: 'THA', text: 'Thailand', at: [102.08, 13.9], anchor: 'start' },
			{ id: 'KH-1', text: 'Banteay Meanchey', at: [103.02, 13.84], anchor: 'middle' },
			{ id: 'KH-22', text: 'Oddar Meanchey', at: [103.38, 14.22], anchor: 'middle' },
			{ id: 'KH-2', text: 'Battambang', at: [102.95, 13.3], anchor: 'middle' },
			{ id: 'KH-17', text: 'Siem Reap', at: [103.72, 13.6], anchor: 'end' }
		]
	}
};

const round = (n: number) => Math.round(n * 10) / 10;

/** Largest label font in viewBox units (narrow screens enlarge labels so they stay readable). */
export const LABEL_FONT_MAX = 22;

/** "Poipet (Paoy Paet)" → "Poipet"; "… border crossing" → "…". */
export function shortPlaceLabel(point: MapPoint): string {
	return point.label ?? point.name.replace(/\s*\([^)]*\)/g, '').replace(/ border crossing$/, '');
}

export function placeMap(
	units: readonly MapUnit[],
	points: readonly MapPoint[],
	{ view = 'national', width = 600, highlight = 'KH-1' }: { view?: MapView; width?: number; highlight?: string | null } = {}
): PlacedMap {
	const spec = VIEWS[view];
	const { top, right, bottom, left } = spec.margin;
	const projection = geoConicEqualArea().parallels([10.5, 14.5]).rotate([-105, 0]);
	const target = spec.extent
		? { type: 'MultiPoint' as const, coordinates: [spec.extent[0], [spec.extent[1][0], spec.extent[0][1]], spec.extent[1], [spec.extent[0][0], spec.extent[1][1]]] }
		: { type: 'FeatureCollection' as const, features: provinceFeatures };
	projection.fitWidth(width - left - right, target);
	const [[, y0], [, y1]] = geoPath(projection).bounds(target);
	const height = Math.ceil(y1 - y0 + top + bottom);
	projection.fitExtent([[left, top], [width - right, height - bottom]], target);
	projection.clipExtent([[0, 0], [width, height]]);
	const path = geoPath(projection).digits(1);

	const unitOf = new Map<string, string>();
	for (const u of units) for (const id of u.ids) unitOf.set(id, u.key);
	const geometries = provinceTopology.objects.provinces.geometries;
	const keyOf = (g: { id?: string | number }) => unitOf.get(String(g.id)) ?? String(g.id);

	const placedUnits: PlacedUnit[] = [];
	for (const u of units) {
		const merged = merge(provinceTopology, geometries.filter((g) => u.ids.includes(String(g.id))) as never) as MultiPolygon;
		const outline = path(merged) ?? '';
		if (!outline) continue; // entirely outside this view
		const largest = merged.coordinates
			.map((coordinates): Polygon => ({ type: 'Polygon', coordinates }))
			.reduce((a, b) => (path.area(b) > path.area(a) ? b : a));
		const [cx, cy] = path.centroid(largest);
		placedUnits.push({ key: u.key, outline, cx: round(cx), cy: round(cy) });
	}

	const placedPoints: PlacedPoint[] = [];
	// Municipalities first: a crossing that sits on its town (Poipet) keeps only its symbol.
	const ordered = [...points].sort((a, b) => (a.level === b.level ? 0 : a.level === 'municipality' ? -1 : 1));
	for (const p of ordered) {
		const xy = projection([p.lon, p.lat]);
		if (!xy || xy[0] < 0 || xy[0] > width || xy[1] < 0 || xy[1] > height) continue;
		const [x, y] = xy.map(round);
		const crowded = placedPoints.some((q) => q.showLabel && Math.hypot(q.x - x, q.y - y) < 14);
		placedPoints.push({ ...p, x, y, label: shortPlaceLabel(p), showLabel: !crowded, anchor: 'start' });
	}
	// A label goes left of its symbol when another symbol sits where it would run to the right
	// (Poipet, west of Sisophon), sized for the larger narrow-screen font.
	for (const p of placedPoints) {
		const w = textWidth(p.label, LABEL_FONT_MAX) + 10;
		const blocked = placedPoints.some((q) => q !== p && q.x > p.x && q.x - p.x < w && Math.abs(q.y - p.y) < LABEL_FONT_MAX);
		if (blocked || p.x + w > width) p.anchor = 'end';
	}

	const inView = ([x, y]: [number, number]) => x >= 0 && x <= width && y >= 0 && y <= height;
	const labels = spec.labels.flatMap(({ id, text, at, anchor }) => {
		const xy = projection(at);
		return xy && inView(xy) ? [{ id, text, anchor, x: round(xy[0]), y: round(xy[1]) }] : [];
	});

	const highlighted = highlight ? provinceFeatures.find((f) => f.id === highlight) : undefined;
	return {
		width,
		height,
		provinces: provinceFeatures.map((f) => ({ id: f.id, unitKey: unitOf.get(f.id) ?? f.id, d: path(f) ?? '' })),
		units: placedUnits,
		countries: countryFeatures
			.filter((f) => f.id !== 'KHM')
			.map((f) => ({ id: f.id, name: f.properties.name, d: path(f) ?? '' })),
		labels,
		innerBorders: path(mesh(provinceTopology, provinceTopology.objects.provinces, (a, b) => a !== b && keyOf(a) !== keyOf(b))) ?? '',
		outline: path(mesh(provinceTopology, provinceTopology.objects.provinces, (a, b) => a === b)) ?? '',
		highlight: highlighted ? (path(highlighted) ?? null) : null,
		points: placedPoints
	};
}
