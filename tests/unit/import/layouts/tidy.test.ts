import { describe, expect, it } from 'vitest';
import { tidy } from '$lib/import/layouts/tidy';
import { mappedRows, suggestMapping } from '$lib/import/layouts/mapped';
import { detectLayout } from '$lib/import/layouts';
import { headOf, mapAll } from './head';

describe('tidy.detect(head)', () => {
	it('maps our own columns by name, in any order', () => {
		const csv = 'value,year,geo_id,indicator_id,sex,source_id\n0.5,2020,KHM,hiv_prevalence,female,unaids\n';
		expect(mapAll(headOf(csv), tidy.detect)).toEqual([
			expect.objectContaining({ indicator_id: 'hiv_prevalence', place_code: 'KHM', year: '2020', value: '0.5', sex: 'female', source: 'unaids' })
		]);
	});

	it('needs indicator_id, geo_id, year and value', () => {
		expect(tidy.detect(headOf('indicator_id,geo_id,year\na,KHM,2020\n'))).toBeNull();
	});
});

describe('detectLayout(head)', () => {
	it.each([
		['DATAFLOW,REF_AREA,TIME_PERIOD,OBS_VALUE\nX:Y(1.0),KHM,2020,1\n', 'sdmx'],
		['Entity,Code,Year,Value\n#country+name,#country+code,#date+year,#value\nCambodia,KHM,2020,1\n', 'hxl'],
		['Country Name,Country Code,Indicator Name,Indicator Code,2020\nCambodia,KHM,X,Y,1\n', 'wdi'],
		['indicator_id,geo_id,year,value\nx,KHM,2020,1\n', 'tidy'],
		['Entity,Code,Year,Value\nCambodia,KHM,2020,1\n', 'owid']
	])('recognises %j as %s', (csv, id) => {
		expect(detectLayout(headOf(csv))?.layout.id).toBe(id);
	});

	it('recognises nothing in a plain country/year/rate file', () => {
		expect(detectLayout(headOf('country,year,rate\nKHM,2020,1\n'))).toBeNull();
	});
});

describe('column mapping', () => {
	it('suggestMapping guesses place, year and value from the column names', () => {
		const head = headOf('Country;Period;Lower;Upper;Rate\nKHM;2020;1;3;2\n');
		expect(suggestMapping(head)).toMatchObject({ place: 0, year: 1, value: 4, lower: 2, upper: 3, indicator: -1, indicatorName: 'Rate' });
	});

	it('suggestMapping reads French headers and the unit from the value title', () => {
		expect(suggestMapping(headOf('Pays;Année;Taux (%)\nCambodge;2019;0,5\n'))).toMatchObject({ place: 0, year: 1, value: 2, indicatorName: 'Taux (%)', unitValue: 'percent' });
	});

	it('suggestMapping falls back to the last numeric column for the value', () => {
		expect(suggestMapping(headOf('where,when,x\nKHM,2020,7\n'))).toMatchObject({ place: 0, year: -1, value: 2 });
	});

	it('mappedRows applies the mapping, a constant indicator and unit, and decimal commas', () => {
		const map = mappedRows({ place: 0, year: 1, value: 2, indicator: -1, indicatorName: 'Rate (%)', unitValue: 'percent', sex: 3 }, ';');
		expect(map(['KHM', '2020', '0,5', 'Female'])).toEqual([
			expect.objectContaining({ indicator_id: 'rate', indicator_name: 'Rate (%)', place_code: 'KHM', year: '2020', value: '0.5', unit: 'percent', sex: 'female' })
		]);
	});
});
