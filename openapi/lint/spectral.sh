#!/usr/bin/env bash
# Lints the committed OpenAPI documents with Spectral (ruleset: openapi/.spectral.yaml). Installs the pinned
# Spectral from the npm registry on first use (package-lock.json), then runs offline.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [ ! -x "$here/node_modules/.bin/spectral" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --ignore-scripts --silent)
fi
cd "$here/.."
exec "$here/node_modules/.bin/spectral" lint --ruleset .spectral.yaml --fail-severity=warn --display-only-failures \
  planning-service.yaml realisation-service.yaml reporting-service.yaml "$@"
