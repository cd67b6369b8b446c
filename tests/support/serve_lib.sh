# Shell helpers for scripts that run a real `mienskip serve` (sourced, not run).

# recreate_database CONNINFO NAME [TEMPLATE]: drops NAME if it exists and creates it afresh.
recreate_database() {
  local base=$1 name=$2 template=${3:-template0}
  PGOPTIONS="-c client_min_messages=warning" /usr/lib/postgresql/15/bin/psql "$base dbname=postgres" -qX -v ON_ERROR_STOP=1 \
    -c "DROP DATABASE IF EXISTS $name WITH (FORCE)" -c "CREATE DATABASE $name TEMPLATE $template"
}

# start_mienskip_server BINARY LOG [ARGS...]: starts `BINARY serve --port 0 ARGS` in the background
# and sets $server (its pid) and $port (from its "listening on" line), or fails after 30 s. It
# serves $DATABASE_URL as the service's role (deploy/db.sh creates it, `mienskip migrate` grants
# it), as in production: libpq takes the later of two user= keywords.
start_mienskip_server() {
  local binary=$1 log=$2
  shift 2
  DATABASE_URL="$DATABASE_URL user=mienskip_service" "$binary" serve --port 0 "$@" >"$log" 2>&1 &
  server=$!
  port=
  for _ in $(seq 1 300); do
    port=$(sed -n 's|^mienskip: listening on http://[^:]*:\([0-9]*\)/$|\1|p' "$log")
    [ -n "$port" ] && return 0
    kill -0 "$server" 2>/dev/null || break
    sleep 0.1
  done
  cat "$log" >&2
  echo "mienskip serve did not start" >&2
  return 1
}
