/**
 * Build-time only: reads data/*.csv, validates them and returns the catalog.
 * TEMPORARY: coerces without validation until src/lib/data/validatePackage.ts lands.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { buildCatalog, type Catalog } from '$lib/data/catalog';
import type { Tables } from '$lib/data/schema';

let cached: Catalog | undefined;

const NUMERIC = new Set(['year', 'value', 'lower', 'upper', 'lat', 'lon']);

function read(name: string): Record<string, unknown>[] {
	const text = readFileSync(resolve('data', `${name}.csv`), 'utf8');
	const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
	return parsed.data.map((row) => {
		const out: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(row)) {
			if (v === '') out[k] = null;
			else if (NUMERIC.has(k)) out[k] = Number(v);
			else if (k === 'higher_is_better') out[k] = v === 'true';
			else out[k] = v;
		}
		if (name === 'observations') out.scope ??= 'place';
		return out;
	});
}

export function loadCatalog(): Catalog {
	cached ??= buildCatalog({
		observations: read('observations'),
		indicators: read('indicators'),
		sources: read('sources'),
		geo: read('geo')
	} as unknown as Tables);
	return cached;
}
