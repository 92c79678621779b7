/**
 * `scope` and `reporting_domain` agree: a grouped_domain row names its domain, the domain contains
 * the row's own geo_id, every member is a place in geo.csv; other rows have no domain.
 */
import { show, type Issue } from '../issue';
import { issueAt, str, usable, type Rule } from './rule';

export const scopeDomain: Rule = ({ observations, geo }) => {
	const places = new Set(geo.rows.map((r) => str(r, 'geo_id')).filter((id) => id !== null));
	return observations.rows.flatMap((row) => {
		const issues: Issue[] = [];
		const at = (message: string) => issues.push(issueAt(observations, row, 'reporting_domain', 'scope-domain', message));
		const scope = str(row, 'scope');
		const domain = str(row, 'reporting_domain');
		const geoId = str(row, 'geo_id');
		if (scope === null || row.invalid.has('reporting_domain')) return [];
		if (scope === 'grouped_domain' && usable(row, 'reporting_domain') === null) {
			at('reporting_domain: empty, but scope is "grouped_domain" (name the provinces reported together, e.g. KH-2+KH-24)');
		}
		if (scope !== 'grouped_domain' && domain !== null) {
			at(`reporting_domain: ${show(domain)} given, but scope is ${show(scope)} (only grouped_domain rows have one)`);
		}
		if (scope === 'grouped_domain' && domain !== null) {
			const members = domain.split('+');
			if (geoId !== null && !members.includes(geoId)) at(`reporting_domain: ${show(domain)} does not contain this row's geo_id ${show(geoId)}`);
			for (const m of members) if (!places.has(m)) at(`reporting_domain: member ${show(m)} is not in ${geo.resource.path} (column geo_id)`);
		}
		return issues;
	});
};
