/**
 * The project's one data schema, `data/datapackage.json`, as a typed value. Imported (not read from
 * disk) so the same descriptor drives the build script, prerendering and the browser importer.
 */
import descriptor from '../../../data/datapackage.json';
import type { DataPackage, DataResource } from './tableSchema';
import type { TableName } from './schema';

// The JSON's inferred literal types are wider than the spec types (e.g. `type: string`).
export const DATAPACKAGE = descriptor as unknown as DataPackage;

export function resourceFor(name: TableName, pkg: DataPackage = DATAPACKAGE): DataResource {
	const resource = pkg.resources.find((r) => r.name === name);
	if (!resource) throw new Error(`datapackage.json has no resource "${name}"`);
	return resource;
}
