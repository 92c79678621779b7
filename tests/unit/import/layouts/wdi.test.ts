import { describe, expect, it } from 'vitest';
import { wdi, wdiUnit } from '$lib/import/layouts/wdi';
import { headOf, mapAll } from './head';

const BULK = `"Data Source","World Development Indicators",

"Last Updated Date","2024-12-16",

"Country Name","Country Code","Indicator Name","Indicator Code","1990","1991","1992",
"Cambodia","KHM","Prevalence of HIV, total (% of population ages 15-49)","SH.DYN.AIDS.ZS","0.1","","0.4",
`;

describe('wdi.detect(head)', () => {
	it('maps each year cell of a bulk-download row to one record, naming its column', () => {
		expect(mapAll(headOf(BULK), wdi.detect)).toEqual([
			expect.objectContaining({ indicator_id: 'SH.DYN.AIDS.ZS', place_code: 'KHM', place_name: 'Cambodia', year: '1990', value: '0.1', unit: 'percent', source: 'World Bank, World Development Indicators (last updated 2024-12-16)', value_column: '1990' }),
			expect.objectContaining({ year: '1991', value: '' }),
			expect.objectContaining({ year: '1992', value: '0.4' })
		]);
	});

	it('reads DataBank "2000 [YR2000]" columns', () => {
		const csv = 'Series Name,Series Code,Country Name,Country Code,2000 [YR2000],2001 [YR2001]\nPopulation,SP.POP.TOTL,Thailand,THA,..,62952642\n';
		expect(mapAll(headOf(csv), wdi.detect)).toEqual([
			expect.objectContaining({ year: '2000', value: '..', value_column: '2000 [YR2000]' }),
			expect.objectContaining({ year: '2001', value: '62952642', unit: 'count', place_code: 'THA' })
		]);
	});

	it('does not claim a file without year columns', () => {
		expect(wdi.detect(headOf('Country Code,Indicator Code,Note\nKHM,X,y\n'))).toBeNull();
	});

	it.each([
		['SH.DYN.AIDS.ZS', 'Prevalence of HIV, total (% of population ages 15-49)', 'percent'],
		['SP.POP.TOTL', 'Population, total', 'count'],
		['SP.DYN.IMRT.IN', 'Mortality rate, infant (per 1,000 live births)', 'rate_per_1000'],
		['SH.TBS.INCD', 'Incidence of tuberculosis (per 100,000 people)', 'rate_per_100000'],
		['BX.TRF.PWKR.CD.DT', 'Personal remittances, received (current US$)', 'usd'],
		['SP.DYN.LE00.IN', 'Life expectancy at birth, total (years)', '']
	])('wdiUnit(%s) is %j', (code, name, unit) => {
		expect(wdiUnit(code, name)).toBe(unit);
	});
});
