import { describe, expect, it } from 'vitest';
import { hxl, parseTag } from '$lib/import/layouts/hxl';
import { headOf, mapAll } from './head';

describe('hxl.detect(head)', () => {
	it('reads #indicator+value rows named by #indicator+code, with a #date year', () => {
		const csv = [
			'ISO3,Date,Indicator,Code,Value,Unit',
			'#country+code,#date,#indicator+name,#indicator+code,#indicator+value+num,#indicator+unit',
			'KHM,2022-06-30,Births attended,births_attended,99,%'
		].join('\n');
		expect(mapAll(headOf(csv), hxl.detect)).toEqual([
			expect.objectContaining({ indicator_id: 'births_attended', indicator_name: 'Births attended', place_code: 'KHM', year: '2022', value: '99', unit: 'percent', note: 'date 2022-06-30', sex: 'total' })
		]);
	});

	it('prefers the finest admin level that has codes', () => {
		const csv = ['Country,Province,Year,People', '#country+code,#adm1+code,#date+year,#population', 'KHM,KH01,2019,859545'].join('\n');
		expect(mapAll(headOf(csv), hxl.detect)).toEqual([expect.objectContaining({ place_code: 'KH01', indicator_id: 'population', unit: 'count' })]);
	});

	it('falls back to the country when the admin-1 column is empty', () => {
		const csv = ['Country,Province,Year,People', '#country+code,#adm1+code,#date+year,#population', 'KHM,,2019,15552211'].join('\n');
		expect(mapAll(headOf(csv), hxl.detect)).toEqual([expect.objectContaining({ place_code: 'KHM' })]);
	});

	it('does not claim a file without a tag row, a place or a year', () => {
		expect(hxl.detect(headOf('a,b\n1,2\n'))).toBeNull();
		expect(hxl.detect(headOf('Year,People\n#date+year,#population\n2019,1\n'))).toBeNull();
		expect(hxl.detect(headOf('ISO3,People\n#country+code,#population\nKHM,1\n'))).toBeNull();
	});

	it('parseTag reads hashtag and attributes, ignoring case and spaces', () => {
		expect(parseTag('#Affected +F +Children', 3)).toEqual({ i: 3, name: 'affected', attrs: new Set(['f', 'children']), spec: 'affected+f+children' });
		expect(parseTag('Affected', 0)).toBeNull();
	});
});
