/**
 * Starting points for the SQL console. Each one reads only the published tables and teaches one
 * thing about the data (sources kept apart, editions of an estimate, intervals, scope, gaps).
 */
export interface ExampleQuery {
	title: string;
	sql: string;
}

export const EXAMPLES: ExampleQuery[] = [
	{
		title: 'Figures per domain',
		sql: `SELECT i.domain, count(*) AS figures, count(DISTINCT o.indicator_id) AS indicators,
       min(o.year) AS first_year, max(o.year) AS last_year
FROM observations o JOIN indicators i USING (indicator_id)
GROUP BY i.domain
ORDER BY figures DESC`
	},
	{
		title: 'HIV prevalence, every source kept apart',
		sql: `SELECT o.year, o.geo_id, o.population_group, o.value, o.lower, o.upper, s.publisher, o.source_id
FROM observations o JOIN sources s USING (source_id)
WHERE o.indicator_id = 'hiv_prevalence'
ORDER BY o.source_id, o.geo_id, o.population_group, o.year`
	},
	{
		title: 'Banteay Meanchey, Sisophon and Poipet',
		sql: `SELECT g.name, o.indicator_id, o.year, o.value, o.unit, o.source_id
FROM observations o JOIN geo g USING (geo_id)
WHERE o.geo_id = 'KH-1' OR g.parent_id = 'KH-1' OR o.geo_id LIKE 'KH-1:%'
ORDER BY g.name, o.indicator_id, o.year`
	},
	{
		title: 'Same figure, different sources',
		sql: `SELECT indicator_id, geo_id, year, population_group, sex,
       count(*) AS sources, min(value) AS lowest, max(value) AS highest,
       string_agg(source_id, ', ' ORDER BY source_id) AS source_ids
FROM observations
GROUP BY ALL
HAVING count(*) > 1 AND min(value) <> max(value)
ORDER BY indicator_id, year`
	},
	{
		title: 'How the 1998 adult HIV prevalence moved between WDI editions',
		sql: `-- A revision, not a trend: each World Bank WDI edition re-estimates earlier years.
SELECT s.edition, o.period, o.value, s.published, o.source_id
FROM observations o JOIN sources s USING (source_id)
WHERE o.indicator_id = 'hiv_prevalence' AND o.geo_id = 'KHM'
  AND o.population_group = 'adults_15_49' AND o.sex = 'total'
  AND o.period = '1998' AND s.series = 'wdi'
ORDER BY s.edition`
	},
	{
		title: 'Estimates published in several editions (charts draw the latest)',
		sql: `SELECT o.indicator_id, o.geo_id, o.population_group, o.sex, s.series,
       string_agg(DISTINCT s.edition, ', ' ORDER BY s.edition) AS editions,
       max(s.edition) AS latest_edition, count(*) AS figures
FROM observations o JOIN sources s USING (source_id)
WHERE s.series IS NOT NULL
GROUP BY ALL
HAVING count(DISTINCT s.edition) > 1
ORDER BY ALL`
	},
	{
		title: 'Figures from samples, not the coded place',
		sql: `SELECT indicator_id, geo_id, year, value, scope, reporting_domain, note
FROM observations
WHERE scope <> 'place'
ORDER BY scope, indicator_id, year`
	},
	{
		title: 'Figures around each event (the indicators it marks, a year either side)',
		sql: `SELECT e.period AS event_period, e.title AS event, o.indicator_id, o.geo_id, o.period, o.value, o.source_id
FROM events e
JOIN observations o
  ON list_contains(string_split(e.indicator_ids, ' '), o.indicator_id)
 AND o.period_start BETWEEN e.period_start - INTERVAL 1 YEAR AND e.period_start + INTERVAL 1 YEAR
WHERE o.sex = 'total'
ORDER BY e.period_start, o.indicator_id, o.period_start`
	},
	{
		title: 'Years with no figure (gaps stay gaps)',
		sql: `WITH years AS (
  SELECT indicator_id, geo_id, min(year) AS first, max(year) AS last, list(DISTINCT year) AS have
  FROM observations WHERE population_group = 'all' AND sex = 'total'
  GROUP BY ALL
)
SELECT indicator_id, geo_id, first, last,
       list_filter(range(first, last + 1), y -> NOT list_contains(have, y)) AS missing_years
FROM years
WHERE last - first + 1 > len(have)
ORDER BY indicator_id, geo_id`
	}
];
