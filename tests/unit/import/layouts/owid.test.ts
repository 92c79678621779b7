import { describe, expect, it } from 'vitest';
import { owid } from '$lib/import/layouts/owid';
import { headOf, mapAll } from './head';

describe('owid.detect(head)', () => {
	it('makes one indicator per numeric column, named after its title', () => {
		const csv = 'Entity,Code,Year,Deaths from HIV/AIDS,Share of deaths from HIV/AIDS (%)\nCambodia,KHM,2019,1300,0.9\n';
		expect(mapAll(headOf(csv), owid.detect)).toEqual([
			expect.objectContaining({ indicator_id: 'deaths_from_hiv_aids', indicator_name: 'Deaths from HIV/AIDS', value: '1300', unit: '' }),
			expect.objectContaining({ indicator_id: 'share_of_deaths_from_hiv_aids', value: '0.9', unit: 'percent', place_code: 'KHM', year: '2019' })
		]);
	});

	it('uses the entity name as place code when Code is empty', () => {
		const csv = 'Entity,Code,Year,Value\nSouth-eastern Asia,,2019,1\n';
		expect(mapAll(headOf(csv), owid.detect)).toEqual([expect.objectContaining({ place_code: 'South-eastern Asia', place_name: 'South-eastern Asia' })]);
	});

	it('skips text columns such as the OWID region', () => {
		const csv = 'Entity,Code,Year,Rate,World region according to OWID\nCambodia,KHM,2019,1,Asia\n';
		expect(mapAll(headOf(csv), owid.detect)).toHaveLength(1);
	});

	it('does not claim a file without Entity and Year', () => {
		expect(owid.detect(headOf('Country,Year,Rate\nKHM,2019,1\n'))).toBeNull();
	});
});
