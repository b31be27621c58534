#!/usr/bin/env bash
# Render time and size of the demo agencies' documents, against a running ./run-local.sh (with demo data).
#   bench/documents.sh            # LKjIP PDF and DOCX of the three demo agencies, their PK documents, the pemda LKjIP
# Prints per document the HTTP time and the size (LKjIP: served from the stored file; the head's PK version 1:
# rendered on the request unless it is the latest), then the render times the reporting-service logged.
set -euo pipefail
cd "$(dirname "$0")/.."
source local-run/target/demo-tokens.env
BASE=${KINERJA_REPORTING:-http://localhost:8083}
AUTH="Authorization: Bearer $KINERJA_TOKEN_OPERATOR"
printf '%-70s %8s %10s\n' "document" "seconds" "bytes"
for path in kabupaten-batu-bara/agencies/DISNAKERPERINDAG/lkjip/2023 kota-binjai/agencies/DISNAKERPERINDAG/lkjip/2023 \
            kota-dumai/agencies/DISNAKER/lkjip/2024; do
  for format in pdf docx; do
    url="$BASE/api/v1/tenants/$path/document?format=$format"
    printf '%-70s %8s %10s\n' "$path ($format, stored)" $(curl -s -o /dev/null -H "$AUTH" -w '%{time_total} %{size_download}' "$url")
  done
  # the agency head's PK as first signed (the latest version is rendered in the background, an earlier one on
  # its first download)
  tenant_agency=${path%/lkjip/*}; year=${path##*/}
  pk=$(curl -s -H "$AUTH" "$BASE/api/v1/tenants/$path" | python3 -c 'import json,sys; print(next((p["code"] for p in json.load(sys.stdin)["chapterII"]["perjanjianKinerja"] if not p.get("parentCode")), ""))')
  if [ -n "$pk" ]; then
    for format in pdf docx; do
      url="$BASE/api/v1/tenants/$tenant_agency/pk/$year/$pk/document?format=$format&version=1"
      printf '%-70s %8s %10s\n' "$tenant_agency PK $pk v1 ($format)" $(curl -s -o /dev/null -H "$AUTH" -w '%{time_total} %{size_download}' "$url")
    done
  fi
done
# the pemda LKjIP of each demo pemda (rendered on its first request)
for tenant_year in kabupaten-batu-bara/lkjip/2023 kota-binjai/lkjip/2023 kota-dumai/lkjip/2024; do
  for format in pdf docx; do
    url="$BASE/api/v1/tenants/$tenant_year/document?format=$format"
    printf '%-70s %8s %10s\n' "$tenant_year pemda ($format)" $(curl -s -o /dev/null -H "$AUTH" -w '%{time_total} %{size_download}' "$url")
  done
done
echo
echo "Rendered (reporting-service log):"
grep -h "rendered .* at \(figures\|roll-up\) version" local-run/target/logs/reporting-service*.log 2>/dev/null | sed 's/.*Documents\] ([^)]*) //' | tail -26 || true
