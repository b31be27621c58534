#!/usr/bin/env bash
# 50 000 realisation rows imported as a filled XLSX workbook and as CSV into realisation-service (its test
# runtime: embedded PostgreSQL and Kafka, one JVM); prints rows/s for each. No install, no other services.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -o -pl realisation-service -am verify -Dtest=SpreadsheetImportBench -Dkinerja.bench.spreadsheets=true \
  -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=NONE -Dfailsafe.failIfNoSpecifiedTests=false 2>&1 \
  | grep -E '^BENCH|FAIL|ERROR\]' || true
