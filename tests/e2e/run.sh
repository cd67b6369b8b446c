#!/usr/bin/env bash
# CTest entry for the browser tests: a fresh database cloned from the migrated template, the
# Súdwest-Fryslân survey with invitation codes, a real `mienskip serve`, then Playwright in
# Debian's chromium. Screenshots land in $2 (the build tree) as test artefacts.
set -euo pipefail
mienskip=$1
artefacts=$2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
source "$root/tests/support/serve_lib.sh"
base=$("$root/deploy/db.sh" url test)
database=mienskip_e2e_survey

recreate_database "$base" "$database" mienskip_template
export DATABASE_URL="$base dbname=$database"
export MIENSKIP_SECRET="e2e-secret-0123456789abcdef-0123456789"
# The browser tests draw right after committing; the waiting time itself is tested in http_forum_draw.
export MIENSKIP_COMMITMENT_WAIT=0
# The staff in the other journeys sign in with a password; accounts.spec.js sets up two-factor
# sign-in from the screens (its rule for admins is tested in http_staff_two_factor).
export MIENSKIP_TWO_FACTOR=optional
mkdir -p "$artefacts"
"$mienskip" survey import "$root/survey-templates/sudwest-fryslan-energiestrategie.json" --slug energie >/dev/null
"$mienskip" codes generate --survey energie --count 20 --out "$artefacts/codes.csv" >/dev/null
"$mienskip" survey import "$root/survey-templates/buurtbudget.json" --slug buurt >/dev/null
export MIENSKIP_ADMIN_EMAIL="e2e-beheer@sudwestfryslan.nl"
export MIENSKIP_ADMIN_PASSWORD="een lange zin voor de browsertest"
echo "$MIENSKIP_ADMIN_PASSWORD" | "$mienskip" user add --role admin --email "$MIENSKIP_ADMIN_EMAIL" >/dev/null

trap 'kill "${server:-}" 2>/dev/null || true' EXIT
start_mienskip_server "$mienskip" "$artefacts/server.log"

export MIENSKIP_BASE_URL="http://127.0.0.1:$port"
export MIENSKIP_CODES="$artefacts/codes.csv"
export MIENSKIP_DATABASE_URL="$DATABASE_URL"
export MIENSKIP_E2E_OUTPUT="$artefacts/results"
export MIENSKIP_SOURCE_DIR="$root"
export MIENSKIP_BIN="$(realpath "$mienskip")"
cd "$here"
status=0
node_modules/.bin/playwright test "${@:3}" || status=$?
exit "$status"
