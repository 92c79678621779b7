/**
 * The three episodes that shaped returns through Poipet, for chart annotations and the events
 * list on border profiles. Each description says only what the cited sources (rows of
 * sources.csv) say; figures come from the data, not from this text.
 */
export interface BorderEvent {
	id: string;
	year: number;
	/** Short label for a chart annotation. */
	label: string;
	/** Month and year, as the sources date it. */
	when: string;
	description: string;
	source_ids: string[];
}

export const BORDER_EVENTS: readonly BorderEvent[] = [
	{
		id: 'exodus-2014',
		year: 2014,
		label: '2014 exodus',
		when: 'June 2014',
		description:
			'After the May 2014 military coup in Thailand, Cambodian workers crossed home in large numbers; by 20 June most had come through Poipet.',
		source_ids: ['iom_sitrep_20jun2014', 'cambodiadaily_2014_660k_workers']
	},
	{
		id: 'covid-2020',
		year: 2020,
		label: 'COVID-19 returns',
		when: 'From March 2020',
		description:
			'As COVID-19 closed workplaces and borders, migrants returned from Thailand and other countries; returns continued into 2022.',
		source_ids: ['iom_covid_sitrep_may2020', 'iom_covid_sitrep_oct2020', 'ppp_2022_iom_270k_returned']
	},
	{
		id: 'border-2025',
		year: 2025,
		label: '2025 border tensions',
		when: 'June–August 2025',
		description:
			'Border gates were closed in June 2025 and armed clashes began on 24 July; workers left Thailand in large numbers. Published counts of the returns disagree.',
		source_ids: ['camboja_2025_poipet_6485', 'aseannow_2025_khmertimes_200k', 'vnnow_2025_750k_workers']
	}
];
