#!/usr/bin/env bash
# README command 1: install what is missing, build, start the private database, migrate and serve
# on http://localhost:8080 (options such as --port are passed to `mienskip serve`).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
var="${MIENSKIP_VAR_DIR:-$root/var}"

"$root/deploy/install-deps.sh"
"$root/deploy/build.sh"
"$root/deploy/db.sh" start local

# Two roles: the schema's owner migrates; everything else runs as the service's role, which may
# only append to the audit log (docs/operations.md, "Database roles").
export DATABASE_URL="$("$root/deploy/db.sh" service-url local)"
if [ ! -s "$var/secret" ]; then
  # The server's key for invitation codes and sessions: made once, kept with the local data.
  (umask 077 && openssl rand -hex 32 >"$var/secret")
fi
export MIENSKIP_SECRET_FILE="$var/secret"

"$root/build/server/mienskip" migrate --database-url "$("$root/deploy/db.sh" url local)"

# Demo data: the Súdwest-Fryslân energy survey (once) and a few fresh invitation codes to try it.
# Only the codes' keyed hashes are stored, so new ones are made on every start.
"$root/build/server/mienskip" survey import "$root/survey-templates/sudwest-fryslan-energiestrategie.json" \
  --slug sudwest-fryslan-energie --if-missing
demo_codes=$("$root/build/server/mienskip" codes generate --survey sudwest-fryslan-energie --count 5 --print)
# A survey with answers, made once: 1,400 fictional responses and illustrative margins (not CBS
# figures), so that the results, the exports and the council report can be tried at once.
"$root/build/server/mienskip" survey demo "$root/survey-templates/sudwest-fryslan-energiestrategie.json" \
  --slug resultaten-demo --margins "$root/deploy/demo/sudwest-fryslan-margins.csv" \
  --source "Verzonnen cijfers voor de demo, geen CBS-cijfers" --reference-date 2026-01-01 \
  --population "inwoners van 16 jaar en ouder" --if-missing >/dev/null
# And a demo burgerforum, made once: a fictional register, its letters drawn, 150 volunteers, sign-up
# open. Its unused letter codes can only be printed when it is made, so they are kept in var/.
"$root/build/server/mienskip" forum demo --slug burgerforum-demo --if-missing --print-codes 5 \
  --codes-file "$var/demo-forum-codes.txt" --register-out "$var/demo-register.csv" >/dev/null

port=8080
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  case "${args[i]}" in
    --port) port="${args[i + 1]:-$port}" ;;
    --port=*) port="${args[i]#--port=}" ;;
  esac
done
cat <<MSG

Mienskip is starting. Open http://localhost:$port/ in a browser.
  survey:   http://localhost:$port/s/sudwest-fryslan-energie  (the energy strategy of Súdwest-Fryslân)
            invitation codes to try (each answers once): $(echo $demo_codes)
  results:  staff app > Vragenlijsten > "... (demo met fictieve antwoorden)": 1,400 fictional answers
            with margins: results, motivations, exports and the council report (Raadsrapport)
  staff:    http://localhost:$port/admin  (first account: DATABASE_URL=\$(deploy/db.sh service-url local) \\
            build/server/mienskip user add --role admin --email you@example.nl; at the first
            sign-in an admin sets up two-factor sign-in: an authenticator app, or without a phone
            oathtool --totp -b KEY with the key shown)
  forum:    staff app > Burgerforums > "Burgerforum Energie Súdwest-Fryslân (demo)" (residents fictional)
            sign-up: http://localhost:$port/f/burgerforum-demo  (verification: the same with /verificatie)
            letter codes no one used ($var/demo-forum-codes.txt): $(echo $(cat "$var/demo-forum-codes.txt" 2>/dev/null))
            its fictional register, to redo the draw with mienskip draw: $var/demo-register.csv
  health:   http://localhost:$port/healthz     readiness: http://localhost:$port/readyz
  database: deploy/db.sh psql local            stop: Ctrl-C (requests in flight finish first)

MSG
# A --port among the arguments comes later and wins over the default.
# A commitment to an invitation draw waits a day before its seed in production; a minute here, so
# that a newcomer can try the whole draw (docs/burgerforum.md, step 3).
export MIENSKIP_COMMITMENT_WAIT="${MIENSKIP_COMMITMENT_WAIT:-60}"
exec "$root/build/server/mienskip" serve --port 8080 "$@"
