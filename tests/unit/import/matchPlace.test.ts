import { describe, expect, it } from 'vitest';
import { createPlaceMatcher, nameKey } from '$lib/import/matchPlace';
import { PLACES } from './fixtures';

const match = createPlaceMatcher(PLACES);

describe('createPlaceMatcher(places)', () => {
	it.each([
		['KHM', undefined, 'KHM'],
		['khm', undefined, 'KHM'],
		['KH', undefined, 'KHM'],
		['116', undefined, 'KHM'],
		['VN', undefined, 'VNM'],
		['764', undefined, 'THA'],
		['KH-1', undefined, 'KH-1'],
		['KH01', undefined, 'KH-1'],
		['KH1', undefined, 'KH-1'],
		['KH25', undefined, 'KH-25'],
		['KH-1:poipet', undefined, 'KH-1:poipet'],
		['', 'Lao PDR', 'LAO'],
		['', "Lao People's Democratic Republic", 'LAO'],
		['', 'Viet Nam', 'VNM'],
		['Siemreap', undefined, 'KH-17'],
		['', 'Mondul Kiri', 'KH-11'],
		['', 'Ratanak Kiri', 'KH-16'],
		['', 'Sisophon', 'KH-1:serei-saophoan'],
		['', 'Poipet', 'KH-1:poipet'],
		['XX99', 'Cambodia', 'KHM']
	])('%j / %j → %s', (code, name, id) => {
		expect(match(code, name)).toEqual({ geo_id: id, known: true });
	});

	it.each([
		['KH99', undefined, 'KH99'],
		['OWID_WRL', 'World', 'OWID_WRL'],
		['', 'Asia', 'Asia'],
		['  TH27 ', 'Sa Kaeo', 'TH27']
	])('keeps unknown %j / %j as %s, flagged', (code, name, id) => {
		expect(match(code, name)).toEqual({ geo_id: id, known: false });
	});

	it('nameKey drops case, accents, spaces and punctuation', () => {
		expect(nameKey("Côte d'Ivoire")).toBe('cotedivoire');
	});
});
