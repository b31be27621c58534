#!/usr/bin/env bash
# Regenerates openapi/<service>.yaml from the running services (each service's OpenApiTest writes the document
# it serves), then lints them and regenerates the clients. Commit the changed files.
# --release also copies them to openapi/release/ (the baseline of the breaking-change check): do that only
# when a release is cut or a breaking change is deliberately accepted.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q ${MAVEN_OFFLINE:--o} -pl planning-service,realisation-service,reporting-service -am verify \
  -Dopenapi.update=true -Dtest='OpenApiTest' -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=NONE -Dfailsafe.failIfNoSpecifiedTests=false
if [ "${1:-}" = "--release" ]; then
  cp openapi/planning-service.yaml openapi/realisation-service.yaml openapi/reporting-service.yaml openapi/release/
fi
# lint, breaking changes against openapi/release/, and the generated clients compile
./mvnw -B -q ${MAVEN_OFFLINE:--o} -pl openapi,clients/java,clients/typescript verify
git status --short openapi clients
