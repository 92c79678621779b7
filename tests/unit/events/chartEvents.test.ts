import { describe, expect, it } from 'vitest';
import { chartScope, chartSpan, eventsForChart, placeChain } from '$lib/events/chartEvents';
import { eventAnnotations } from '$lib/events/eventAnnotations';
import { eventOf, geoOf, observationOf } from '../../support/rows';

const geoById = new Map(
	[
		geoOf({ geo_id: 'KHM', level: 'country', parent_id: null }),
		geoOf({ geo_id: 'THA', level: 'country', parent_id: null }),
		geoOf({ geo_id: 'KH-1' }),
		geoOf({ geo_id: 'KH-12' }),
		geoOf({ geo_id: 'KH-1:poipet', level: 'municipality', parent_id: 'KH-1' }),
		geoOf({ geo_id: 'KH-1:poipet-aranyaprathet', level: 'border_crossing', parent_id: 'KH-1' })
	].map((g) => [g.geo_id, g])
);

/** A returns chart drawing national figures and the Poipet crossing's, 2009–2025. */
const returnsChart = chartScope([
	observationOf({ indicator_id: 'deportees_from_tha', geo_id: 'KH-1:poipet-aranyaprathet', year: 2009 }),
	observationOf({ indicator_id: 'returnees_from_tha_event', geo_id: 'KHM', period: '2025-07-24/2025-08-06' })
]);

describe('placeChain(geoById, id)', () => {
	it('lists the place and every place containing it, nearest first', () => {
		expect(placeChain(geoById, 'KH-1:poipet')).toEqual(['KH-1:poipet', 'KH-1', 'KHM']);
	});
	it('stops at a place it does not know', () => {
		expect(placeChain(geoById, 'XX')).toEqual(['XX']);
	});
	it('stops on a cycle instead of looping', () => {
		const loop = new Map([
			['A', { parent_id: 'B' }],
			['B', { parent_id: 'A' }]
		]);
		expect(placeChain(loop, 'A')).toEqual(['A', 'B']);
	});
});

describe('chartSpan(rows)', () => {
	it('runs from the first period start to the last period end', () => {
		expect(chartSpan([observationOf({ period: '2025-S1' }), observationOf({ year: 2009 }), observationOf({ period: '2025-07' })])).toEqual({
			start: '2009-01-01',
			end: '2025-07-31'
		});
	});
	it('is null for a chart with no figures', () => {
		expect(chartSpan([])).toBeNull();
	});
});

describe('eventsForChart(events, scope, geoById)', () => {
	const marks = (partial: Parameters<typeof eventOf>[0], scope = returnsChart) =>
		eventsForChart([eventOf(partial)], scope, geoById).length === 1;

	it.each([
		['names a drawn indicator, national, in range', { indicator_ids: ['deportees_from_tha'] }, true],
		['names no indicator the chart draws', { indicator_ids: ['hiv_prevalence'] }, false],
		['names no indicator at all', { indicator_ids: [] }, false],
		['is at the crossing the chart draws', { geo_id: 'KH-1:poipet-aranyaprathet', indicator_ids: ['deportees_from_tha'] }, true],
		['is in the province containing the crossing', { geo_id: 'KH-1', indicator_ids: ['deportees_from_tha'] }, true],
		['is in Poipet town, inside Cambodia whose figures the chart draws', { geo_id: 'KH-1:poipet', indicator_ids: ['deportees_from_tha'] }, true],
		['is in Thailand, another branch', { geo_id: 'THA', indicator_ids: ['deportees_from_tha'] }, false],
		['starts on the first day the chart covers', { period: '2009-01-01', indicator_ids: ['deportees_from_tha'] }, true],
		['starts on the last day the chart covers', { period: '2025-08-06', indicator_ids: ['deportees_from_tha'] }, true],
		['starts the day after', { period: '2025-08-07', indicator_ids: ['deportees_from_tha'] }, false],
		['starts before the chart, though it ends inside', { period: '2008-06/2010-02', indicator_ids: ['deportees_from_tha'] }, false]
	])('an event that %s → %s', (_, partial, expected) => {
		expect(marks({ event_id: 'e', ...partial })).toBe(expected);
	});

	it("keeps one province's event off another province's chart of the same indicator", () => {
		const phnomPenh = chartScope([observationOf({ geo_id: 'KH-12', year: 2010 }), observationOf({ geo_id: 'KH-12', year: 2020 })]);
		expect(marks({ event_id: 'poipet', geo_id: 'KH-1:poipet', indicator_ids: ['hiv_prevalence'] }, phnomPenh)).toBe(false);
		expect(marks({ event_id: 'national', geo_id: 'KHM', indicator_ids: ['hiv_prevalence'] }, phnomPenh)).toBe(true);
	});

	it('marks nothing on a chart with no figures', () => {
		expect(eventsForChart([eventOf({ event_id: 'e', indicator_ids: ['hiv_prevalence'] })], chartScope([]), geoById)).toEqual([]);
	});

	it('returns the events in date order whatever the order of the file', () => {
		const events = [
			eventOf({ event_id: 'clashes', period: '2025-07-24', indicator_ids: ['deportees_from_tha'] }),
			eventOf({ event_id: 'exodus', period: '2014-06', indicator_ids: ['deportees_from_tha'] }),
			eventOf({ event_id: 'closure', period: '2025-06', indicator_ids: ['deportees_from_tha'] }),
			eventOf({ event_id: 'closure_long', period: '2025-06/2025-12', indicator_ids: ['deportees_from_tha'] })
		];
		expect(eventsForChart(events, returnsChart, geoById).map((e) => e.event_id)).toEqual(['exodus', 'closure', 'closure_long', 'clashes']);
	});
});

describe('eventAnnotations(events)', () => {
	it('puts the marker where the event starts, not at the year it ends', () => {
		const [a] = eventAnnotations([eventOf({ event_id: 'covid', period: '2020-03/2022-02', title: 'COVID-19 returns' })]);
		expect(a).toEqual({ start: '2020-03-01', label: 'COVID-19 returns', event_id: 'covid', period_start: '2020-03-01', period_end: '2022-02-28' });
	});
});
