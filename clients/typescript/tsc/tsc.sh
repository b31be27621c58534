#!/usr/bin/env bash
# Type-checks the generated TypeScript clients (target/typescript/<service>) with tsc --noEmit, strict, so a
# contract the typescript-fetch generator turns into code that does not compile fails the build. Installs the
# pinned compiler from the npm registry on first use (package-lock.json), then runs offline.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [ ! -x "$here/node_modules/.bin/tsc" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --ignore-scripts --silent)
fi
generated="$here/../target/typescript"
ls -d "$generated"/*/ >/dev/null 2>&1 || { echo "no generated clients in $generated" >&2; exit 1; }
status=0
for client in "$generated"/*/; do
  # each client on its own: the three declare the same runtime names (BASE_PATH, Configuration, ...)
  echo "tsc --noEmit ${client%/}"
  "$here/node_modules/.bin/tsc" --noEmit --strict --target ES2020 --lib ES2020,DOM --module ES2020 \
    --moduleResolution bundler --pretty false "$client"index.ts || status=1
done
exit $status
