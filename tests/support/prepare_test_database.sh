#!/usr/bin/env bash
# CTest fixture: start the private test cluster (or reuse it) and rebuild the template database
# that every database test file clones, migrated by the mienskip binary under test.
set -euo pipefail
mienskip=$1
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
"$root/deploy/db.sh" start test
base=$("$root/deploy/db.sh" url test)
psql=/usr/lib/postgresql/15/bin/psql
"$psql" "$base dbname=postgres" -qX -v ON_ERROR_STOP=1 <<'SQL'
DROP DATABASE IF EXISTS mienskip_template WITH (FORCE);
CREATE DATABASE mienskip_template;
SQL
"$mienskip" migrate --database-url "$base dbname=mienskip_template"
