#!/usr/bin/env bash
# The project's private PostgreSQL 15: one cluster per profile under var/, reachable only through a
# unix socket, started on demand and reused when it already runs.
#
#   deploy/db.sh start  [local|test]   initialise if needed, start if not running, create database
#   deploy/db.sh stop   [local|test]
#   deploy/db.sh status [local|test]
#   deploy/db.sh url    [local|test]   libpq connection string of the profile's database, as the
#                                      role that owns the schema (for `mienskip migrate`)
#   deploy/db.sh service-url [local|test]  the same as the service's role, which may not rewrite
#                                      the audit log (for `mienskip serve` and the other commands)
#   deploy/db.sh psql   [local|test]   an interactive psql on it
#
# "local" keeps PostgreSQL's durable defaults. "test" turns fsync and synchronous commit off for
# speed: never put data you care about in it.
set -euo pipefail

command=${1:-}
profile=${2:-local}
case "$profile" in local|test) ;; *) echo "db.sh: profile must be local or test, not '$profile'" >&2; exit 2;; esac

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# MIENSKIP_VAR_DIR moves all local state elsewhere (the deploy test uses a scratch directory).
var="${MIENSKIP_VAR_DIR:-$root/var}"
pgbin=/usr/lib/postgresql/15/bin
database=mienskip
dbuser=mienskip
# The role `mienskip serve` runs as: `mienskip migrate` grants it the tables, but on the audit log
# only INSERT and SELECT (docs/operations.md, "Database roles").
service_role=mienskip_service
link="$var/pg-$profile"

# PostgreSQL refuses to run as root: as root we run it as the postgres OS user (from /, so that it
# never starts in a directory it cannot enter).
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

# Where the cluster lives: var/pg-<profile>, unless the postgres user cannot enter the checkout
# (e.g. under /root); then /var/lib/mienskip/<hash>/pg-<profile>, linked from var/.
locate() {
  cluster="$link"
  if [ -L "$link" ]; then
    cluster=$(readlink -f "$link")
  elif [ "$(id -u)" -eq 0 ] && id postgres >/dev/null 2>&1; then
    local existing="$var"
    while [ ! -e "$existing" ]; do existing=$(dirname "$existing"); done
    if ! (cd / && runuser -u postgres -- test -x "$existing"); then
      cluster="/var/lib/mienskip/$(printf '%s' "$var" | sha256sum | cut -c1-12)/pg-$profile"
    fi
  fi
  data="$cluster/data"
  logfile="$cluster/postgresql.log"
  # Unix socket paths are limited to 107 bytes; a deep checkout falls back to a short path in /tmp.
  socket_dir="$cluster/run"
  if [ ${#socket_dir} -gt 90 ]; then
    socket_dir="/tmp/mienskip-$(printf '%s' "$var" | sha256sum | cut -c1-12)-$profile"
  fi
}
locate


conninfo() { echo "host=$socket_dir user=$dbuser dbname=${1:-$database}"; }
service_conninfo() { echo "host=$socket_dir user=$service_role dbname=$database"; }

is_running() { [ -f "$data/PG_VERSION" ] && as_owner "$pgbin/pg_ctl" -D "$data" status >/dev/null 2>&1; }

initialise() {
  [ -x "$pgbin/initdb" ] || { echo "db.sh: PostgreSQL 15 is not installed; run deploy/install-deps.sh" >&2; exit 1; }
  mkdir -p "$var"
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || { echo "db.sh: the postgres OS user is missing (install postgresql-15)" >&2; exit 1; }
  fi
  if [ "$cluster" != "$link" ]; then
    mkdir -p "$cluster"
    ln -sfn "$cluster" "$link"
  fi
  mkdir -p "$cluster" "$socket_dir"
  if [ "$(id -u)" -eq 0 ]; then chown -R postgres:postgres "$cluster/" "$socket_dir"; fi
  chmod 700 "$socket_dir"
  as_owner "$pgbin/initdb" -D "$data" -U "$dbuser" -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=reject >"$cluster/initdb.log" 2>&1 \
    || { cat "$cluster/initdb.log" >&2; exit 1; }
  {
    echo "# Written by deploy/db.sh: unix socket only, in a directory only the owner can enter."
    echo "listen_addresses = ''"
    echo "unix_socket_directories = '$socket_dir'"
    echo "unix_socket_permissions = 0700"
    echo "max_connections = 200"
    if [ "$profile" = test ]; then
      echo "# Test profile: fast and unsafe. A crash may lose or corrupt data."
      echo "fsync = off"
      echo "synchronous_commit = off"
      echo "full_page_writes = off"
    fi
  } | as_owner tee -a "$data/postgresql.conf" >/dev/null
}

start() {
  is_running || start_cluster
  ensure_database_and_roles
}

start_cluster() {
  [ -f "$data/PG_VERSION" ] || initialise
  mkdir -p "$socket_dir"
  if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$socket_dir"; fi
  chmod 700 "$socket_dir"
  as_owner "$pgbin/pg_ctl" -D "$data" -l "$logfile" -w -t 60 start >/dev/null \
    || { echo "db.sh: PostgreSQL did not start; see $logfile" >&2; tail -20 "$logfile" >&2; exit 1; }
}

# Also on a cluster made before the service role existed.
ensure_database_and_roles() {
  if ! "$pgbin/psql" "$(conninfo postgres)" -Atqc "SELECT 1 FROM pg_database WHERE datname = '$database'" | grep -q 1; then
    "$pgbin/psql" "$(conninfo postgres)" -qc "CREATE DATABASE $database" >/dev/null
  fi
  if ! "$pgbin/psql" "$(conninfo postgres)" -Atqc "SELECT 1 FROM pg_roles WHERE rolname = '$service_role'" | grep -q 1; then
    # Not a superuser, owns nothing, may not create databases or roles. Only the unix socket, which
    # only this OS user can enter, reaches it (trust authentication, like the owner).
    # Two starts at once may both get here; the second finds the role made.
    "$pgbin/psql" "$(conninfo postgres)" -qc "DO \$\$ BEGIN CREATE ROLE $service_role LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END \$\$" >/dev/null
  fi
}

case "$command" in
  start) start ;;
  stop) if is_running; then as_owner "$pgbin/pg_ctl" -D "$data" -m fast -w stop >/dev/null; fi ;;
  status) if is_running; then echo "running ($profile): $(conninfo)"; else echo "stopped ($profile)"; exit 3; fi ;;
  url) conninfo ;;
  service-url) service_conninfo ;;
  psql) shift 2 || true; exec "$pgbin/psql" "$(conninfo)" "$@" ;;
  *) echo "usage: deploy/db.sh start|stop|status|url|service-url|psql [local|test]" >&2; exit 2 ;;
esac
