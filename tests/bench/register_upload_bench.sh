#!/usr/bin/env bash
# Benchmark for issue 6 (prints figures; not a pass/fail test): uploads a generated population
# register of ROWS residents (default 1,000,000, some 95 MB) to a forum through a real
# `mienskip serve`, and prints the time it took and the server's peak memory (VmHWM from
# /proc/PID/status) before and after, to show that the upload streams into PostgreSQL instead of
# being held (the issue asks for well under 1 GB). Also checks that the stored register hash is
# the one `mienskip draw commit` prints for the same file, and how long and how much memory the CLI
# needs for it (it reads the whole file).
# Run after deploy/build.sh: tests/bench/register_upload_bench.sh [ROWS] [local|test]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${MIENSKIP_BUILD_DIR:-$root/build}
rows=${1:-1000000}
profile=${2:-local}
pgbin=/usr/lib/postgresql/15/bin
mienskip=$build/server/mienskip

"$root/deploy/db.sh" start "$profile" >/dev/null
base=$("$root/deploy/db.sh" url "$profile")
database=mienskip_bench_register
source "$root/tests/support/serve_lib.sh"
recreate_database "$base" "$database"
export DATABASE_URL="$base dbname=$database"
export MIENSKIP_SECRET="bench-secret-0123456789abcdef-0123456789"
export MIENSKIP_TWO_FACTOR=optional  # the bench admin signs in with a password
scratch=$(mktemp -d)
cleanup() {
  [ -n "${server:-}" ] && kill "$server" 2>/dev/null || true
  wait 2>/dev/null || true
  "$pgbin/psql" "$base dbname=postgres" -qX -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$scratch"
}
trap cleanup EXIT

# A register as a municipality exports it: ids, names, address, birth year, district.
awk -v rows="$rows" 'BEGIN {
  srand(20261125);
  split("Sjoerd Áltsje Wytse Jetske Hylke Baukje Tsjerk Sytske Jan Anna Pieter Grytsje", first, " ");
  split("de_Vries Hoekstra van_der_Meer Bakker Dijkstra Postma Visser Bosma Jansen Kuipers", last, " ");
  split("Snits Boalsert Warkum Makkum Drylts Hylpen Starum Balk", town, " ");
  print "id,voornaam,achternaam,straat,huisnummer,postcode,woonplaats,geboortejaar,geslacht,wijk";
  for (i = 1; i <= rows; i++) {
    surname = last[1 + int(rand() * 10)]; gsub("_", " ", surname);
    printf "%09d,%s,%s,Tsjerkestrjitte,%d,%04d %c%c,%s,%d,%s,wijk-%02d\n", 100000000 + i,
      first[1 + int(rand() * 12)], surname, 1 + int(rand() * 200), 8600 + int(rand() * 400),
      65 + int(rand() * 26), 65 + int(rand() * 26), town[1 + int(rand() * 8)], 1925 + int(rand() * 85),
      (rand() < 0.5 ? "vrouw" : "man"), int(rand() * 30);
  }
}' >"$scratch/register.csv"
bytes=$(stat -c %s "$scratch/register.csv")

"$mienskip" migrate >/dev/null
printf 'een lange zin als wachtwoord\n' | "$mienskip" user add --role admin --email bench@example.nl >/dev/null
start_mienskip_server "$mienskip" "$scratch/server.log"
hwm() { sed -n 's/^VmHWM:[[:space:]]*//p' "/proc/$server/status"; }

api="http://127.0.0.1:$port/api"
login=$(curl -sS -c "$scratch/cookies" -H 'Content-Type: application/json' \
  -d '{"email":"bench@example.nl","password":"een lange zin als wachtwoord"}' "$api/session")
csrf=$(echo "$login" | sed -n 's/.*"csrf_token":"\([^"]*\)".*/\1/p')
curl -sS -o /dev/null -b "$scratch/cookies" -H "X-CSRF-Token: $csrf" -H 'Content-Type: application/json' \
  -d '{"slug":"bench","name":"Bench","municipality":"Súdwest-Fryslân","panel_size":45,
       "categories":[{"name":"geslacht","values":[{"value":"vrouw","min":20,"max":25},{"value":"man","min":20,"max":25}]}]}' \
  "$api/admin/forums"
before=$(hwm)

echo "register_upload_bench: $rows rows, $bytes bytes, $(nproc) cores, PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') ($profile profile, fsync $("$pgbin/psql" "$DATABASE_URL" -AtqX -c 'SHOW fsync'))"
timing=$(curl -sS -o "$scratch/answer.json" -w '%{http_code} %{time_total}' -b "$scratch/cookies" \
  -H "X-CSRF-Token: $csrf" -H 'Content-Type: text/csv' --data-binary "@$scratch/register.csv" \
  "$api/admin/forums/bench/register")
after=$(hwm)
status=${timing% *}
seconds=${timing#* }
if [ "$status" != 200 ]; then
  echo "upload failed with $status:" >&2
  head -c 2000 "$scratch/answer.json" >&2
  exit 1
fi
stored=$(sed -n 's/.*"rows":\([0-9]*\).*/\1/p' "$scratch/answer.json")
sha=$(sed -n 's/.*"sha256":"\([0-9a-f]*\)".*/\1/p' "$scratch/answer.json")
awk -v s="$seconds" -v r="$rows" -v b="$bytes" \
  'BEGIN { printf "   upload: %.1f s (%.0f rows/s, %.1f MB/s)\n", s, r / s, b / s / 1e6 }'
echo "   server peak RSS (VmHWM): $before before the upload, $after after"
echo "   stored rows: $stored ($("$pgbin/psql" "$DATABASE_URL" -AtqX -c "SELECT pg_size_pretty(pg_total_relation_size('forum_register_rows'))") in PostgreSQL)"

# The CLI's peak memory through GNU time when it is installed (Debian package `time`).
measure=()
[ -x /usr/bin/time ] && measure=(/usr/bin/time -f 'cli-peak-kb %M')
cli_start=$(date +%s.%N)
cli_out=$( { "${measure[@]}" "$mienskip" draw commit --register "$scratch/register.csv" --count 1000 >/dev/null; } 2>&1 )
cli_end=$(date +%s.%N)
cli_sha=$(echo "$cli_out" | sed -n 's/.*register (SHA-256 \([0-9a-f]*\)).*/\1/p')
cli_kb=$(echo "$cli_out" | sed -n 's/^cli-peak-kb \([0-9]*\)$/\1/p')
awk -v a="$cli_start" -v b="$cli_end" -v kb="${cli_kb:-?}" \
  'BEGIN { printf "   for comparison, mienskip draw commit on the same file: %.1f s, peak RSS %s kB\n", b - a, kb }'
if [ "$sha" = "$cli_sha" ]; then echo "   register hash: $sha, equal to mienskip draw commit's"
else echo "   register hash differs: server $sha, mienskip draw commit $cli_sha" >&2; exit 1; fi
