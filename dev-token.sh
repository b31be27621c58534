#!/usr/bin/env bash
# Prints a bearer token signed with the development key (trusted only by the local run, the tests and
# docker-compose). Example: ./dev-token.sh --role reporter --tenant kota-dumai --agency DISNAKER --client sipd
set -euo pipefail
cd "$(dirname "$0")"
jar=local-run/target/kinerja-local-run.jar
[ -f "$jar" ] || ./mvnw -q -B install -DskipTests
exec java -cp "$jar" id.kinerja.localrun.DevTokenCli "$@"
