import { describe, expect, it } from 'vitest';
import { sdmx, splitLabel } from '$lib/import/layouts/sdmx';
import { headOf, mapAll } from './head';

describe('sdmx.detect(head)', () => {
	it('reads SDMX-CSV 1.0 with bare codes; the series key names the indicator', () => {
		const csv = [
			'DATAFLOW,FREQ,REF_AREA,INDICATOR,SEX,AGE,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,OBS_STATUS',
			'ILO:DF_EAP_DWAP_SEX_AGE_RT(1.0),A,KHM,EAP_DWAP_RT,F,Y15T24,2019,71.2,PT,A'
		].join('\n');
		expect(mapAll(headOf(csv), sdmx.detect)).toEqual([
			expect.objectContaining({ indicator_id: 'EAP_DWAP_RT.Y15T24', place_code: 'KHM', year: '2019', value: '71.2', sex: 'female', unit: 'percent', source: 'ILO:DF_EAP_DWAP_SEX_AGE_RT(1.0)', note: '' })
		]);
	});

	it('reads SDMX-CSV 2.0 (STRUCTURE, STRUCTURE_ID, ACTION) and skips deletions', () => {
		const csv = [
			'STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,MEASURE,TIME_PERIOD,OBS_VALUE,UNIT_MULT',
			'dataflow,OECD.ELS:DF_MIG(1.0),I,THA,INFLOW,2020,12.5,3',
			'dataflow,OECD.ELS:DF_MIG(1.0),D,THA,INFLOW,2019,1,3'
		].join('\n');
		expect(mapAll(headOf(csv), sdmx.detect)).toEqual([
			expect.objectContaining({ indicator_id: 'DF_MIG.INFLOW', place_code: 'THA', value: '12500', note: 'OBS_VALUE × 10^3 (UNIT_MULT)' })
		]);
	});

	it('keeps a sub-annual period in the note and the year as the year', () => {
		const csv = 'DATAFLOW,REF_AREA,TIME_PERIOD,OBS_VALUE\nX:Y(1.0),KHM,2020-Q3,5\n';
		expect(mapAll(headOf(csv), sdmx.detect)).toEqual([expect.objectContaining({ year: '2020', note: 'TIME_PERIOD 2020-Q3', indicator_id: 'Y' })]);
	});

	it('keeps an unknown unit code in the note, not in unit', () => {
		const csv = 'DATAFLOW,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE\nX:Y(1.0),KHM,2020,5,YR\n';
		expect(mapAll(headOf(csv), sdmx.detect)).toEqual([expect.objectContaining({ unit: '', note: 'UNIT_MEASURE YR' })]);
	});

	it('does not claim a file without DATAFLOW or STRUCTURE first', () => {
		expect(sdmx.detect(headOf('REF_AREA,TIME_PERIOD,OBS_VALUE\nKHM,2020,1\n'))).toBeNull();
	});

	it.each([
		['KHM: Cambodia', { code: 'KHM', label: 'Cambodia' }],
		['UNICEF:GLOBAL_DATAFLOW(1.0)', { code: 'UNICEF:GLOBAL_DATAFLOW(1.0)', label: '' }],
		['_T', { code: '_T', label: '' }]
	])('splitLabel(%j)', (text, expected) => {
		expect(splitLabel(text)).toEqual(expected);
	});
});
