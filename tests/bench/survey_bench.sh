#!/usr/bin/env bash
# Benchmark for issue 5, measured in one run on one machine (prints figures; not a pass/fail test):
#  1. durable survey submissions per second through HTTP (`mienskip serve`, the full path: code
#     check, validation, idempotency, commit) versus pgbench inserting a comparable row into a copy
#     of the responses table, both with synchronous_commit on in the same PostgreSQL cluster
#     (target: at least half of pgbench's rate);
#  2. survey page requests per second versus nginx serving a static page of the same size
#     (target: at least 40%), with p99 latency.
# Uses the local profile's cluster (fsync on) with its own scratch database, and installs nginx
# if it is missing. Run after deploy/build.sh: tests/bench/survey_bench.sh [SECONDS] [CLIENTS]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${MIENSKIP_BUILD_DIR:-$root/build}
seconds=${1:-10}
clients=${2:-16}
pgbin=/usr/lib/postgresql/15/bin
mienskip=$build/server/mienskip
load=$build/tests/http_load

if ! command -v nginx >/dev/null; then
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y -q --no-install-recommends nginx-light >/dev/null
  else sudo apt-get install -y -q --no-install-recommends nginx-light >/dev/null; fi
fi
nginx=$(command -v nginx || echo /usr/sbin/nginx)

"$root/deploy/db.sh" start local >/dev/null
base=$("$root/deploy/db.sh" url local)
database=mienskip_bench_survey
source "$root/tests/support/serve_lib.sh"
recreate_database "$base" "$database"
export DATABASE_URL="$base dbname=$database"
export MIENSKIP_SECRET="bench-secret-0123456789abcdef-0123456789"
scratch=$(mktemp -d)
chmod 755 "$scratch"  # nginx workers (www-data) read the static page from here
cleanup() {
  [ -n "${server:-}" ] && kill "$server" 2>/dev/null || true
  [ -n "${nginx_pid:-}" ] && kill "$nginx_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  "$pgbin/psql" "$base dbname=postgres" -qX -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$scratch"
}
trap cleanup EXIT

"$mienskip" migrate >/dev/null
"$mienskip" survey import "$root/survey-templates/sudwest-fryslan-energiestrategie.json" --slug energie >/dev/null
"$mienskip" codes generate --survey energie --count 200000 --out "$scratch/codes.csv" >/dev/null

start_mienskip_server "$mienskip" "$scratch/server.log"

echo "survey_bench: $clients clients, $seconds s per run, $(nproc) cores, PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}'), synchronous_commit $("$pgbin/psql" "$DATABASE_URL" -AtqX -c 'SHOW synchronous_commit'), fsync $("$pgbin/psql" "$DATABASE_URL" -AtqX -c 'SHOW fsync')"

echo "1. durable submissions"
http_line=$("$load" "$port" "$clients" "$seconds" post-responses /api/surveys/energie/responses "$scratch/codes.csv")
echo "   mienskip HTTP:  $http_line"
stored=$("$pgbin/psql" "$DATABASE_URL" -AtqX -c "SELECT count(*) FROM responses")
echo "   (responses stored: $stored)"

"$pgbin/psql" "$DATABASE_URL" -qX -v ON_ERROR_STOP=1 \
  -c "CREATE TABLE bench_responses (LIKE responses INCLUDING ALL)"
cat >"$scratch/insert.sql" <<'SQL'
INSERT INTO bench_responses (public_id, survey_id, code_hash, idempotency_key, eligibility_checked, language, answers)
VALUES ('r-' || md5(random()::text), 1, encode(sha256(random()::text::bytea), 'hex'), 'bench-' || md5(random()::text),
        true, 'nl', '{"allocations":{"gemeente-leidt":30,"opslag":50,"markt-bepaalt":20},"motivations":{"opslag":"Zon en wind wisselen; opslag vangt dat op."},"demographics":{"age":"45-54","area":"snits"}}');
SQL
pgbench_out=$("$pgbin/pgbench" -n -c "$clients" -j 2 -T "$seconds" -f "$scratch/insert.sql" "$DATABASE_URL" 2>&1)
pg_tps=$(echo "$pgbench_out" | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | head -1)
pg_latency=$(echo "$pgbench_out" | sed -n 's/^latency average = \(.*\)$/\1/p')
echo "   pgbench INSERT: $pg_tps/s, latency average $pg_latency"
http_rps=$(echo "$http_line" | sed -n 's/.*: \([0-9]*\)\/s.*/\1/p')
awk -v a="$http_rps" -v b="$pg_tps" 'BEGIN { printf "   ratio: %.0f%% of pgbench (target >= 50%%)\n", 100 * a / b }'

echo "2. survey page"
curl -s "http://127.0.0.1:$port/s/energie?lang=nl" >"$scratch/page.html"
size=$(stat -c %s "$scratch/page.html")
page_line=$("$load" "$port" "$clients" "$seconds" get "/s/energie?lang=nl")
echo "   mienskip GET /s/energie ($size bytes): $page_line"

mkdir -p "$scratch/www" "$scratch/nginx"
cp "$scratch/page.html" "$scratch/www/page.html"
chmod -R a+rX "$scratch/www"
nginx_port=$((port + 1))
cat >"$scratch/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $scratch/nginx/nginx.pid;
error_log $scratch/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $scratch/nginx;
  proxy_temp_path $scratch/nginx;
  fastcgi_temp_path $scratch/nginx;
  uwsgi_temp_path $scratch/nginx;
  scgi_temp_path $scratch/nginx;
  server { listen 127.0.0.1:$nginx_port; root $scratch/www; }
}
CONF
"$nginx" -c "$scratch/nginx/nginx.conf" -p "$scratch/nginx" -g 'daemon off;' 2>"$scratch/nginx/stderr" &
nginx_pid=$!
sleep 0.5
nginx_line=$("$load" "$nginx_port" "$clients" "$seconds" get /page.html)
echo "   nginx static page ($size bytes): $nginx_line"
page_rps=$(echo "$page_line" | sed -n 's/.*: \([0-9]*\)\/s.*/\1/p')
nginx_rps=$(echo "$nginx_line" | sed -n 's/.*: \([0-9]*\)\/s.*/\1/p')
awk -v a="$page_rps" -v b="$nginx_rps" 'BEGIN { printf "   ratio: %.0f%% of nginx (target >= 40%%)\n", 100 * a / b }'
