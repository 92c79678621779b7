/**
 * How each kind of event is named and marked. Colour and shape both differ, so the kind never
 * rests on colour alone; colours are from Okabe & Ito's colour-blind-safe set, the ones with at
 * least 3:1 contrast on the light and the dark background.
 */
import type { EventKind } from '$lib/data/schema';
import { OKABE_ITO, type ShapeName } from '$lib/charts/palette';

export interface EventKindInfo {
	/** One event: "Law or policy". */
	label: string;
	/** The filter: "Laws and policies". */
	plural: string;
	color: string;
	shape: ShapeName;
}

export const EVENT_KIND_INFO: Record<EventKind, EventKindInfo> = {
	law_policy: { label: 'Law or policy', plural: 'Laws and policies', color: OKABE_ITO.blue, shape: 'square' },
	border: { label: 'Border', plural: 'Border', color: OKABE_ITO.reddishPurple, shape: 'triangle' },
	health: { label: 'Health', plural: 'Health', color: OKABE_ITO.bluishGreen, shape: 'circle' },
	conflict_disaster: { label: 'Conflict or disaster', plural: 'Conflicts and disasters', color: OKABE_ITO.vermillion, shape: 'diamond' }
};
