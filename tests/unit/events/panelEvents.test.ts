import { describe, expect, it } from 'vitest';
import { indicatorPanels } from '$lib/data/panels';
import { panelEvents } from '$lib/events/panelEvents';
import { eventOf, geoOf, observationOf } from '../../support/rows';

const geoById = new Map(
	[geoOf({ geo_id: 'KHM', level: 'country', parent_id: null }), geoOf({ geo_id: 'KH-1' }), geoOf({ geo_id: 'KH-12' })].map((g) => [g.geo_id, g])
);

describe('panelEvents(events, indicatorId, panels, geoById)', () => {
	// Cambodia 2005–2010, Banteay Meanchey 2015–2020, Phnom Penh 2016–2018: one shared axis 2005–2020.
	const rows = [
		...[2005, 2010].map((year) => observationOf({ geo_id: 'KHM', year })),
		...[2015, 2020].map((year) => observationOf({ geo_id: 'KH-1', year })),
		...[2016, 2018].map((year) => observationOf({ geo_id: 'KH-12', year }))
	];
	const { shown } = indicatorPanels(rows, new Map());
	const events = [
		eventOf({ event_id: 'national_plan', period: '2012', geo_id: 'KHM', indicator_ids: ['hiv_prevalence'] }),
		eventOf({ event_id: 'province_clinic', period: '2017-03', geo_id: 'KH-1', indicator_ids: ['hiv_prevalence'] }),
		eventOf({ event_id: 'other_indicator', period: '2012', geo_id: 'KHM', indicator_ids: ['art_number'] })
	];
	const byPanel = Object.fromEntries(
		panelEvents(events, 'hiv_prevalence', shown, geoById).map((list, i) => [shown[i].geo_id, list.map((e) => e.event_id)])
	);

	it('marks a national event on every panel, even one whose own figures start later (the axis is shared)', () => {
		expect(byPanel).toMatchObject({ KHM: ['national_plan', 'province_clinic'], 'KH-1': ['national_plan', 'province_clinic'] });
	});

	it("keeps a province's event off another province's panel", () => {
		expect(byPanel['KH-12']).toEqual(['national_plan']);
	});
});
