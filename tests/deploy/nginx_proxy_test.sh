#!/usr/bin/env bash
# The shipped deploy/nginx.conf in front of `mienskip serve --trusted-proxy 127.0.0.1`, both on
# loopback: one client's wrong letter codes and junk logins (even with a forged X-Forwarded-For)
# must not lock out another client, nginx's own limits answer 429, and HTTPS answers carry HSTS.
# Clients are told apart by their source address: 127.0.0.2 and 127.0.0.3 (curl --interface).
#
#   nginx_proxy_test.sh MIENSKIP_BINARY SCRATCH_DIR
set -euo pipefail
mienskip=$1
scratch=$2
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$root/tests/support/serve_lib.sh"

fail() {
  echo "FAIL: $*"
  for log in "$scratch/serve.log" "$scratch/nginx/error.log"; do [ -f "$log" ] && { echo "--- $log"; tail -30 "$log"; }; done
  exit 1
}
cleanup() {
  [ -n "${server:-}" ] && kill "$server" 2>/dev/null || true
  [ -f "$scratch/nginx/nginx.pid" ] && kill "$(cat "$scratch/nginx/nginx.pid")" 2>/dev/null || true
}
trap cleanup EXIT
rm -rf "$scratch"
mkdir -p "$scratch/nginx/temp"

# A database with the energy survey, two letter codes and a staff account.
"$root/deploy/db.sh" start test >/dev/null
base=$("$root/deploy/db.sh" url test)
recreate_database "$base" mienskip_nginx_proxy mienskip_template
export DATABASE_URL="$base dbname=mienskip_nginx_proxy"
export MIENSKIP_SECRET="nginx-proxy-test-secret-0123456789abcdef"
"$mienskip" survey import "$root/survey-templates/sudwest-fryslan-energiestrategie.json" --slug energie >/dev/null
mapfile -t codes < <("$mienskip" codes generate --survey energie --count 2 --print)
[ "${#codes[@]}" = 2 ] || fail "no invitation codes"
code_a=${codes[0]} code_b=${codes[1]}
staff_password="een lange zin voor de proxytest"
echo "$staff_password" | "$mienskip" user add --role admin --email staff@example.nl >/dev/null

start_mienskip_server "$mienskip" "$scratch/serve.log" --bind 127.0.0.1 --trusted-proxy 127.0.0.1 ||
  fail "mienskip did not start"

# Two free loopback ports for nginx (nothing answers on them now).
free_port() {
  local p
  while :; do
    p=$((20000 + RANDOM % 30000))
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
}
https_port=$(free_port)
http_port=$(free_port)
[ "$https_port" != "$http_port" ] || http_port=$((https_port + 1))

openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 1 -subj /CN=localhost \
  -keyout "$scratch/nginx/key.pem" -out "$scratch/nginx/cert.pem" 2>/dev/null

# The shipped file with only what a deployment replaces: addresses, certificates, the upstream.
sed -e "s|listen 443 ssl http2;|listen 127.0.0.1:$https_port ssl http2;|" \
    -e "s|listen 80;|listen 127.0.0.1:$http_port;|" \
    -e "s|/etc/ssl/certs/meedoen.example.nl.pem|$scratch/nginx/cert.pem|" \
    -e "s|/etc/ssl/private/meedoen.example.nl.key|$scratch/nginx/key.pem|" \
    -e "s|server 127.0.0.1:8080;|server 127.0.0.1:$port;|" \
    "$root/deploy/nginx.conf" >"$scratch/nginx/mienskip.conf"
grep -q "127.0.0.1:$port" "$scratch/nginx/mienskip.conf" || fail "the upstream line of deploy/nginx.conf changed; update this test"
chmod -R a+rwX "$scratch/nginx/temp"
cat >"$scratch/nginx/nginx.conf" <<CONF
pid $scratch/nginx/nginx.pid;
error_log $scratch/nginx/error.log warn;
events { worker_connections 256; }
http {
    client_body_temp_path $scratch/nginx/temp/body;
    proxy_temp_path $scratch/nginx/temp/proxy;
    fastcgi_temp_path $scratch/nginx/temp/fastcgi;
    uwsgi_temp_path $scratch/nginx/temp/uwsgi;
    scgi_temp_path $scratch/nginx/temp/scgi;
    include $scratch/nginx/mienskip.conf;
}
CONF
nginx -t -p "$scratch/nginx" -c "$scratch/nginx/nginx.conf" 2>"$scratch/nginx/check.log" ||
  { cat "$scratch/nginx/check.log"; fail "nginx refuses the shipped configuration"; }
nginx -p "$scratch/nginx" -c "$scratch/nginx/nginx.conf" 2>>"$scratch/nginx/error.log"
for _ in $(seq 1 50); do
  curl -ks -o /dev/null "https://127.0.0.1:$https_port/healthz" && break
  sleep 0.1
done

site="https://localhost:$https_port"
# CLIENT PATH [curl options]: the HTTP status of a request from that client through nginx.
as() {
  local client=$1 path=$2
  shift 2
  curl -ks --interface "$client" --resolve "localhost:$https_port:127.0.0.1" -o /dev/null -w '%{http_code}' \
    "$@" "$site$path"
}

[ "$(as 127.0.0.2 /healthz)" = 200 ] || fail "mienskip does not answer through nginx"
curl -ksI --resolve "localhost:$https_port:127.0.0.1" "$site/" | grep -qi '^strict-transport-security: max-age=' ||
  fail "HTTPS answers carry no Strict-Transport-Security"
[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$http_port/s/energie")" = 301 ] ||
  fail "plain HTTP is not sent to HTTPS"

# Client A types twelve wrong codes, claiming in X-Forwarded-For to be client B. Past ten,
# mienskip refuses A (429), and keeps refusing A even with a right code.
wrong="ABCD-EFGH-JKLM"
for i in $(seq 1 12); do
  status=$(as 127.0.0.2 /s/energie -H "X-Forwarded-For: 127.0.0.3" --data-urlencode "code=$wrong" --data lang=nl)
  case "$i:$status" in
    *:422) ;;
    1[12]:429) ;;
    *) fail "wrong code $i from client A answered $status" ;;
  esac
done
[ "$status" = 429 ] || fail "client A was not stopped after twelve wrong codes"
[ "$(as 127.0.0.2 /s/energie --data-urlencode "code=$code_a" --data lang=nl)" = 429 ] ||
  fail "client A, locked out, got in with a right code"
# Client B is not client A: its right code goes through.
[ "$(as 127.0.0.3 /s/energie --data-urlencode "code=$code_b" --data lang=nl)" = 200 ] ||
  fail "client A's wrong codes locked out client B"

# Client A sends twenty junk logins at once: nginx lets a burst of ten (and one) through to
# mienskip, which answers 401, and refuses the rest with 429 before they cost a password hash.
login() {
  as "$1" /api/session -H 'Content-Type: application/json' --data "{\"email\":\"$2\",\"password\":\"$3\"}"
}
logins=()
for i in $(seq 1 20); do
  { login 127.0.0.2 "guess$i@example.nl" "guess $i"; echo; } >"$scratch/login-$i" &
  logins+=($!)
done
wait "${logins[@]}"
statuses=$(cat "$scratch"/login-* | sort | uniq -c | tr -s ' ' | tr '\n' ';')
refused=$(cat "$scratch"/login-* | grep -c '^429$' || true)
cat "$scratch"/login-* | grep -qv '^\(401\|429\)$' && fail "junk logins answered other than 401 or 429: $statuses"
[ "$refused" -ge 5 ] || fail "only $refused of twenty simultaneous junk logins were refused: $statuses"
[ "$(login 127.0.0.3 staff@example.nl "$staff_password")" = 200 ] || fail "client A's junk logins locked out client B"

# nginx's own code limit, in front of mienskip: a flood of code POSTs from one client gets 429
# from nginx while client B still gets the page.
flood=$(for i in $(seq 1 60); do as 127.0.0.4 /f/bestaat-niet --data code=X; echo; done | grep -c '^429$' || true)
[ "$flood" -ge 20 ] || fail "nginx let sixty code POSTs from one client through ($flood refused)"
[ "$(as 127.0.0.3 /s/energie)" = 200 ] || fail "client B lost the survey page during another client's flood"

echo "nginx_proxy_test: passed (HTTPS $https_port, mienskip $port)"
