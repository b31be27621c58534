#!/usr/bin/env bash
# Builds Kinerja if anything changed since the last build, then starts embedded PostgreSQL, an in-process
# Kafka broker and the three services with the demo data. Ctrl-C stops everything and removes its data.
#   ./run-local.sh            build if needed, start, load demo data
#   ./run-local.sh --empty    start without demo data
#   ./run-local.sh --infra-only  PostgreSQL + Kafka only, printing the settings for ./mvnw quarkus:dev -pl <service>
#   ./run-local.sh --rebuild  force a build first
set -euo pipefail
cd "$(dirname "$0")"

launcher=local-run/target/kinerja-local-run.jar
rebuild=false
args=()
for arg in "$@"; do
  case "$arg" in
    --rebuild) rebuild=true ;;
    *) args+=("$arg") ;;
  esac
done

if [ "$rebuild" = false ] && [ -f "$launcher" ]; then
  # stale if any source or pom is newer than the launcher jar
  if [ -n "$(find . -path ./.git -prune -o \( -path '*/src/*' -o -name pom.xml \) -newer "$launcher" -type f -print -quit)" ]; then
    rebuild=true
  fi
else
  rebuild=true
fi

if [ "$rebuild" = true ]; then
  echo "Kinerja: building (tests skipped; run them with ./mvnw verify) ..."
  ./mvnw -q -B install -DskipTests
fi

exec java -Dkinerja.home="$PWD" -jar "$launcher" ${args[@]+"${args[@]}"}
