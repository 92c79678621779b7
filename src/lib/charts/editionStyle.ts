/**
 * Styles for the editions of one estimate drawn together (the revision view). Editions are
 * ordered, not categories: the latest, which every other chart draws, keeps the site's first
 * series colour; earlier editions are grey and dashed, each with its own dash and marker, so they
 * read as superseded and differ by more than colour.
 */
import { OKABE_ITO, SHAPES, type SeriesStyle } from './palette';

/** Mid grey: readable on the light and the dark background (about 3.5:1 on both). */
export const EARLIER_EDITION_COLOR = '#8a8a8a';

const DASHES = ['5 3', '2 3', '8 3 2 3', '1 2', '10 4'];

/** Style of edition `index` of `count` (0 = oldest). */
export function editionStyle(index: number, count: number): SeriesStyle {
	if (index === count - 1) return { color: OKABE_ITO.blue, shape: 'circle', dash: undefined, hollow: false };
	// Counted back from the latest, so the edition just before it gets the plainest dash.
	const back = count - 2 - index;
	return { color: EARLIER_EDITION_COLOR, shape: SHAPES[1 + (back % (SHAPES.length - 1))], dash: DASHES[back % DASHES.length], hollow: true };
}
