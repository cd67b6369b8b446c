#!/usr/bin/env bash
# The README's first command as a newcomer runs it, in a scratch state directory: it must serve,
# survive a SIGKILL of both the server and its PostgreSQL, and come back with the data intact.
set -euo pipefail
scratch=$1
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
export MIENSKIP_VAR_DIR="$scratch/var"
log="$scratch/run.log"
pgbin=/usr/lib/postgresql/15/bin

cleanup() {
  [ -n "${server:-}" ] && kill -9 "$server" 2>/dev/null || true
  "$root/deploy/db.sh" stop local >/dev/null 2>&1 || true
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; echo "--- run.sh output:"; cat "$log"; exit 1; }

"$root/deploy/db.sh" stop local >/dev/null 2>&1 || true
rm -rf "$scratch"
mkdir -p "$scratch"

start() {
  : >"$log"
  "$root/deploy/run.sh" --port 0 >"$log" 2>&1 &
  server=$!
  for _ in $(seq 1 600); do
    port=$(sed -n 's|^mienskip: listening on http://[^:]*:\([0-9]*\)/$|\1|p' "$log")
    [ -n "$port" ] && return 0
    kill -0 "$server" 2>/dev/null || fail "run.sh ended before serving"
    sleep 0.1
  done
  fail "run.sh did not start serving within 60 s"
}

expect_status() {
  local path=$1 want=$2 got
  got=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$path")
  [ "$got" = "$want" ] || fail "GET $path answered $got, expected $want"
}

psql_local() { "$pgbin/psql" "$("$root/deploy/db.sh" url local)" -AtqX -v ON_ERROR_STOP=1 -c "$1"; }

start
expect_status /healthz 200
expect_status /readyz 200
expect_status / 200
grep -q "Open http://localhost:0/" "$log" || grep -q "Open http://localhost:" "$log" || fail "no address printed"
psql_local "INSERT INTO audit_log (actor, action) VALUES ('deploy-test', 'survives-sigkill')"
# The demo survey and a printed code work: a resident's answer is accepted.
expect_status /s/sudwest-fryslan-energie 200
demo_code=$(sed -n 's/.*each answers once): \([A-Z0-9-]*\).*/\1/p' "$log")
[ -n "$demo_code" ] || fail "no demo invitation codes printed"
answer='{"code":"'"$demo_code"'","idempotency_key":"deploy-test-1","allocations":{"opslag":100}}'
got=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -d "$answer" \
  "http://127.0.0.1:$port/api/surveys/sudwest-fryslan-energie/responses")
[ "$got" = 201 ] || fail "a printed demo code was refused ($got)"
[ "$(psql_local "SHOW fsync")" = on ] || fail "the local profile must keep fsync on"
# The demo survey with answers is there, with its margins, ready for results and the council report.
responses_of() { psql_local "SELECT count(*) FROM responses r JOIN surveys s ON s.id = r.survey_id WHERE s.slug = '$1'"; }
[ "$(responses_of resultaten-demo)" = 1400 ] || fail "the demo survey has not 1,400 fictional responses"
[ "$(psql_local "SELECT count(*) FROM survey_margins m JOIN surveys s ON s.id = m.survey_id WHERE s.slug = 'resultaten-demo'")" -gt 0 ] \
  || fail "the demo survey has no margins"
# The demo burgerforum is there with its pages, and a printed letter code signs up (once).
expect_status /f/burgerforum-demo 200
expect_status /f/burgerforum-demo/verificatie 200
forum_code=$(sed -n 's/.*letter codes no one used ([^)]*): \([A-Z0-9-]*\).*/\1/p' "$log")
[ -n "$forum_code" ] || fail "no demo letter codes printed"
[ "$(psql_local "SELECT count(*) FROM forum_volunteers")" = 150 ] || fail "the demo forum has not 150 volunteers"
got=$(curl -s -o /dev/null -w '%{http_code}' --data-urlencode "code=$forum_code" --data-urlencode "answer-0=16-34" \
  --data-urlencode "answer-1=vrouw" --data-urlencode "answer-2=Snits" --data-urlencode "answer-3=hbo of wo" \
  --data-urlencode "name=Nynke Testinga" --data-urlencode "email=nynke@example.org" --data-urlencode "consent=yes" \
  "http://127.0.0.1:$port/f/burgerforum-demo")
[ "$got" = 200 ] || fail "a printed demo letter code was refused ($got)"

# Crash both: the server and the database's postmaster.
kill -9 "$server"
wait "$server" 2>/dev/null || true
postmaster=$(head -1 "$MIENSKIP_VAR_DIR/pg-local/data/postmaster.pid")
kill -9 "$postmaster"
for _ in $(seq 1 100); do kill -0 "$postmaster" 2>/dev/null || break; sleep 0.1; done
# Orphaned backends hold the shared memory until they notice the postmaster is gone.
sleep 1

start
expect_status /readyz 200
[ "$(psql_local "SELECT count(*) FROM audit_log WHERE action = 'survives-sigkill'")" = 1 ] \
  || fail "the row written before the crash is gone"
[ "$(responses_of sudwest-fryslan-energie)" = 1 ] || fail "the survey response is gone"
[ "$(psql_local "SELECT count(*) FROM surveys")" = 2 ] || fail "a demo survey was made twice"
[ "$(responses_of resultaten-demo)" = 1400 ] || fail "the demo survey's answers changed"
[ "$(psql_local "SELECT count(*) FROM forums")" = 1 ] || fail "the demo forum was made twice"
[ "$(psql_local "SELECT count(*) FROM forum_volunteers")" = 151 ] || fail "the demo forum's volunteers changed"
grep -q "letter codes no one used.*$forum_code" "$log" || fail "the demo letter codes are not shown again"

kill -TERM "$server"
code=0
wait "$server" || code=$?
[ "$code" = 0 ] || fail "SIGTERM ended the server with exit code $code"
grep -q "mienskip: stopped" "$log" || fail "no clean stop reported"
echo "deploy_local_run: served, crashed, restarted with data intact, stopped cleanly"
