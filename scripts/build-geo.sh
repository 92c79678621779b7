#!/usr/bin/env bash
# Entry point of `npm run geo`; the geometry build lives in scripts/geo/.
exec bash "$(dirname "${BASH_SOURCE[0]}")/geo/build.sh" "$@"
