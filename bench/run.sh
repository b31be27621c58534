#!/usr/bin/env bash
# Kinerja benchmarks. Each scenario starts its own system exactly as ./run-local.sh --empty does (embedded
# PostgreSQL, in-process Kafka, the three packaged services on free local ports), measures, prints a table,
# appends it to bench/results/<time>-<scenario>.md and stops everything.
#   bench/run.sh all                 every scenario (about 30 minutes on 2 cores)
#   bench/run.sh ingest|replay|freshness|scale|footprint|province|faults   (province and faults: not part of all; province needs wrk)
#   options: --quick (small sizes), --tenants N (scale), --seconds S (freshness load duration)
set -euo pipefail
cd "$(dirname "$0")/.."

jar=bench/target/kinerja-bench.jar
if [ ! -f "$jar" ] || [ -n "$(find . -path ./.git -prune -o \( -path '*/src/*' -o -name pom.xml \) -newer "$jar" -type f -print -quit)" ]; then
  echo "Kinerja bench: building (tests skipped) ..."
  ./mvnw -q -B install -DskipTests
fi
if [ "${1:-all}" = province ] && ! command -v wrk >/dev/null 2>&1; then
  echo "Kinerja bench: installing wrk (the HTTP load generator of the province scenario) ..."
  if [ "$(id -u)" = 0 ]; then apt-get install -y wrk >/dev/null; else sudo apt-get install -y wrk >/dev/null; fi
fi
commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet 2>/dev/null || echo '+changes')"
# the services run with production-like JVM settings (the local run trades peak speed for start time)
service_jvm="${KINERJA_SERVICE_JVM:--Xms256m -Xmx1g -XX:+UseParallelGC}"
exec java -Xmx2g -Dkinerja.home="$PWD" -Dkinerja.commit="$commit" -Dkinerja.service.jvm="$service_jvm" -jar "$jar" "$@"
