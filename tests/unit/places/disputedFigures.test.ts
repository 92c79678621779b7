import { describe, expect, it } from 'vitest';
import { findDisputes } from '$lib/places/disputedFigures';
import { obs } from '../explore/fixtures';

const returns = (value: number, source_id: string, extra = {}) =>
	obs({ indicator_id: 'returnees_from_tha_event', geo_id: 'KHM', year: 2025, value, source_id, population_group: 'returnees', ...extra });

describe('findDisputes(rows)', () => {
	it('pairs figures for the same thing from different sources, largest first', () => {
		const [d] = findDisputes([returns(200_000, 'khmer_times'), returns(750_000, 'molvt')]);
		expect(d.figures.map((o) => o.source_id)).toEqual(['molvt', 'khmer_times']);
		expect(d.ratio).toBe(3.75);
		expect(d.substantial).toBe(true);
	});

	it('marks differences within 5% as rounding, listed after real disagreements', () => {
		const rounding = [
			obs({ indicator_id: 'remittances_received_usd', geo_id: 'KHM', year: 2019, value: 1.53e9, unit: 'usd', source_id: 'a' }),
			obs({ indicator_id: 'remittances_received_usd', geo_id: 'KHM', year: 2019, value: 1.52e9, unit: 'usd', source_id: 'b' })
		];
		const disputes = findDisputes([...rounding, returns(200_000, 'x'), returns(750_000, 'y')]);
		expect(disputes.map((d) => d.substantial)).toEqual([true, false]);
	});

	it('lists the widest disagreement first', () => {
		const remittances = (value: number, source_id: string) =>
			obs({ indicator_id: 'remittances_national_usd', geo_id: 'KHM', year: 2019, value, unit: 'usd', source_id });
		const disputes = findDisputes([remittances(1.5e9, 'nbc'), remittances(2.8e9, 'molvt'), returns(200_000, 'x'), returns(750_000, 'y')]);
		expect(disputes.map((d) => d.indicator_id)).toEqual(['returnees_from_tha_event', 'remittances_national_usd']);
	});

	it('ignores sources that agree, and figures for different groups, sexes or years', () => {
		expect(
			findDisputes([
				returns(69, 'a'),
				returns(69, 'b'),
				returns(58_665, 'a', { sex: 'female' }),
				returns(12_011, 'a', { population_group: 'children_0_17' }),
				returns(1, 'c', { year: 2024 })
			])
		).toEqual([]);
	});
});
