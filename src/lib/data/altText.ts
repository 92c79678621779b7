/**
 * A text alternative for a chart, in one or two plain sentences written from the data: for each
 * line, its first and last period and value, the direction of change (and a peak or low in
 * between), the years with no figure, and the source. "HIV prevalence among adults aged 15–49 in
 * Cambodia fell from 1.3% in 2000 to 0.6% in 2021 (World Bank, 2024)." Periods are said in words
 * ("in January – June 2025"), and only like periods are compared (comparePeriods.ts): a figure
 * covering another span is named as not compared, never folded into a rise or fall.
 *
 * The one generator of chart descriptions: the chart's own <desc> (lib/charts) and the share
 * panel's copyable alt text (lib/share) both call it, so the two always read the same.
 */
import { yearExtent, type Series, type SeriesPoint } from '$lib/data/series';
import type { PopulationGroup, Sex } from '$lib/data/schema';
import { formatValue } from '$lib/data/format';
import { comparable, spanWords } from '$lib/data/comparePeriods';
import { periodPhrase } from '$lib/data/periodLabel';
import { groupSexLabel } from '$lib/data/labels';
import type { LabelledSeries } from '$lib/data/seriesLabel';

export interface AltTextInput {
	/** Indicator name, e.g. "HIV prevalence". */
	indicatorName: string;
	/** The series exactly as the chart draws them. */
	series: readonly Series[];
	geoName: (geoId: string) => string;
	sourceLabel: (sourceId: string) => string;
}

/** Series described one by one; beyond this the first sentence summarises and the table has the rest. */
const MAX_DESCRIBED = 2;

function who(group: PopulationGroup, sex: Sex): string {
	if (group === 'all' && sex === 'total') return '';
	const label = groupSexLabel(group, sex);
	return ` among ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
}

function where(s: Series, geoName: (id: string) => string): string {
	const place = geoName(s.geo_id);
	if (s.scope === 'sample') return ` in selected sites coded to ${place} (not representative of ${place})`;
	if (s.scope === 'grouped_domain' && s.reporting_domain) {
		return ` in ${s.reporting_domain.split('+').map(geoName).join(' and ')} (reported together)`;
	}
	return ` in ${place}`;
}

/** Missing years between the first and the last: "2002–2004 and 2010", or a count when long. */
export function gapText(points: readonly Pick<SeriesPoint, 'year'>[]): string {
	const gaps: [number, number][] = [];
	for (let i = 1; i < points.length; i++) {
		const from = points[i - 1].year + 1;
		const to = points[i].year - 1;
		if (to >= from) gaps.push([from, to]);
	}
	if (gaps.length === 0) return '';
	const missing = gaps.reduce((n, [a, b]) => n + b - a + 1, 0);
	if (gaps.length > 3) return `no figures for ${missing} of the years in between`;
	const parts = gaps.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`));
	const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
	return `no figures for ${list}`;
}

/** The interior peak or low, when it stands above (below) both ends. */
function turningPoint(points: readonly SeriesPoint[], unit: Series['unit']): string {
	if (points.length < 3) return '';
	const first = points[0].value;
	const last = points[points.length - 1].value;
	const inner = points.slice(1, -1);
	const peak = inner.reduce((a, b) => (b.value > a.value ? b : a));
	const low = inner.reduce((a, b) => (b.value < a.value ? b : a));
	if (peak.value > Math.max(first, last)) return `peaking at ${formatValue(peak.value, unit)} ${periodPhrase(peak.period)}`;
	if (low.value < Math.min(first, last)) return `with a low of ${formatValue(low.value, unit)} ${periodPhrase(low.period)}`;
	return '';
}

/** Figures of the series over another span than its latest, named and set apart: "55,626 in January – October 2015 (10 months) is not compared". */
function unlikeText(unlike: readonly SeriesPoint[], unit: Series['unit']): string {
	if (unlike.length === 0) return '';
	if (unlike.length > 2) return `${unlike.length} figures covering other spans are not compared`;
	const named = unlike.map((p) => `${formatValue(p.value, unit)} ${periodPhrase(p.period)} (${spanWords(p.period)})`);
	return `${named.join(' and ')} ${unlike.length > 1 ? 'cover other spans and are' : 'covers another span and is'} not compared`;
}

/** One sentence for one series. */
export function describeSeries(s: Series, input: Omit<AltTextInput, 'series'>): string {
	const subject = `${input.indicatorName}${who(s.population_group, s.sex)}${where(s, input.geoName)}`;
	const source = ` (${input.sourceLabel(s.source_id)})`;
	const last = s.points[s.points.length - 1];
	// Only figures over the same kind of span as the latest (for flows, the same length) are compared.
	const measure = s.measure ?? 'flow';
	const points = s.points.filter((p) => comparable(p.period, last.period, measure));
	const unlike = unlikeText(s.points.filter((p) => !points.includes(p)), s.unit);
	const first = points[0];
	const tail = unlike ? `; ${unlike}` : '';
	if (points.length === 1) {
		return `${subject} was ${formatValue(last.value, s.unit)} ${periodPhrase(last.period)}${tail}${source}.`;
	}
	const a = formatValue(first.value, s.unit);
	const b = formatValue(last.value, s.unit);
	const [from, to] = [periodPhrase(first.period), periodPhrase(last.period)];
	const change =
		a === b
			? `was ${a} ${from} and again ${to}`
			: `${last.value > first.value ? 'rose' : 'fell'} from ${a} ${from} to ${b} ${to}`;
	const annual = points.every((p) => p.period.kind === 'year');
	const extras = [turningPoint(points, s.unit), annual ? gapText(points) : ''].filter(Boolean).join(', ');
	return `${subject} ${change}${extras ? `, ${extras}` : ''}${tail}${source}.`;
}

function listPlaces(names: string[]): string {
	if (names.length <= 3) return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
	return `${names.length} places`;
}

export function altText(input: AltTextInput): string {
	const series = input.series.filter((s) => s.points.length > 0);
	if (series.length === 0) return `${input.indicatorName}: no published figures match this view.`;
	if (series.length <= MAX_DESCRIBED) return series.map((s) => describeSeries(s, input)).join(' ');

	const [first, last] = yearExtent(series)!;
	const places = [...new Set(series.map((s) => input.geoName(s.geo_id)))];
	const sources = new Set(series.map((s) => s.source_id)).size;
	const overview =
		`The chart shows ${series.length} series of ${input.indicatorName} for ${listPlaces(places)}, ` +
		`${first}–${last}, from ${sources} source${sources > 1 ? 's' : ''}; ` +
		`the table lists every figure.`;
	// The longest series carries the main story (buildSeries puts it first).
	const main = [...series].sort((a, b) => b.points.length - a.points.length)[0];
	return `${overview} ${describeSeries(main, input)}`;
}

/** altText for labelled series, taking place and source names from the labels themselves. */
export function describeLabelled(series: readonly LabelledSeries[], indicatorName: string): string {
	// Maps, not series.find per call: the overview names every series' place (O(n²) on dense views).
	const places = new Map<string, string>();
	const sources = new Map<string, string>();
	for (const s of series) {
		if (!places.has(s.geo_id)) places.set(s.geo_id, s.placeLabel);
		if (!sources.has(s.source_id)) sources.set(s.source_id, s.sourceLabel);
	}
	const geoName = (id: string) => places.get(id) ?? id;
	const sourceLabel = (id: string) => sources.get(id) ?? id;
	return altText({ indicatorName, series, geoName, sourceLabel });
}
