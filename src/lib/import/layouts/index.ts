/**
 * The recognised layouts, most specific first: an SDMX or HXL file may also have columns that a
 * looser layout would match. `detectLayout` returns the first that recognises the head.
 */
import type { HeadSample, Layout, RowMapper } from '../types';
import { hxl } from './hxl';
import { owid } from './owid';
import { sdmx } from './sdmx';
import { tidy } from './tidy';
import { wdi } from './wdi';

export const LAYOUTS: Layout[] = [sdmx, hxl, wdi, tidy, owid];

export function detectLayout(head: HeadSample): { layout: Layout; map: RowMapper } | null {
	for (const layout of LAYOUTS) {
		const map = layout.detect(head);
		if (map) return { layout, map };
	}
	return null;
}
