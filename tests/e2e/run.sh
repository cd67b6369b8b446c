#!/usr/bin/env bash
# CTest entry for the browser tests: a fresh database cloned from the migrated template, the
# Súdwest-Fryslân survey with invitation codes, a real `mienskip serve`, then Playwright in
# Debian's chromium. Screenshots land in $2 (the build tree) as test artefacts.
set -euo pipefail
mienskip=$1
artefacts=$2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
psql=/usr/lib/postgresql/15/bin/psql
base=$("$root/deploy/db.sh" url test)
database=mienskip_e2e_survey

"$psql" "$base dbname=postgres" -qX -v ON_ERROR_STOP=1 \
  -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" -c "CREATE DATABASE $database TEMPLATE mienskip_template"
export DATABASE_URL="$base dbname=$database"
export MIENSKIP_SECRET="e2e-secret-0123456789abcdef-0123456789"
mkdir -p "$artefacts"
"$mienskip" survey import "$root/survey-templates/sudwest-fryslan-energiestrategie.json" --slug energie >/dev/null
"$mienskip" codes generate --survey energie --count 20 --out "$artefacts/codes.csv" >/dev/null

log="$artefacts/server.log"
"$mienskip" serve --port 0 >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
port=
for _ in $(seq 1 300); do
  port=$(sed -n 's|^mienskip: listening on http://[^:]*:\([0-9]*\)/$|\1|p' "$log")
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "$port" ] || { cat "$log"; echo "the server did not start"; exit 1; }

export MIENSKIP_BASE_URL="http://127.0.0.1:$port"
export MIENSKIP_CODES="$artefacts/codes.csv"
export MIENSKIP_DATABASE_URL="$DATABASE_URL"
export MIENSKIP_E2E_OUTPUT="$artefacts/results"
cd "$here"
status=0
node_modules/.bin/playwright test || status=$?
exit "$status"
