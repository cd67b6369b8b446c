#!/usr/bin/env bash
# Installs what Mienskip needs on Debian 12, and nothing that is already there: a second run
# only asks dpkg and returns. Needs root (or sudo) only when something is missing.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

packages=(
  # build
  build-essential cmake ninja-build pkg-config git ca-certificates curl openssl
  # libraries (Debian 12 versions: Poco 1.11, libpqxx 6.4, OpenSSL 3.0, Boost 1.74, CLP 1.17, CBC 2.10)
  libpoco-dev libpqxx-dev libpq-dev libssl-dev nlohmann-json3-dev libboost-test-dev
  # the resident pages' Mustache templates (header-only, kainjow/mustache 4.1)
  libkainjow-mustache-dev
  # eigen-decompositions for the scenario ranking's simultaneous intervals and Wald test
  libeigen3-dev
  coinor-libclp-dev coinor-libcbc-dev
  # staff's two-factor sign-in: TOTP codes (RFC 6238) and the QR code to scan; oathtool shows a
  # code on the command line (docs/staff-accounts.md)
  liboath-dev libqrencode-dev oathtool
  # the private database (deploy/db.sh)
  postgresql-15 postgresql-client-15
  # the tests run the R script the survey export generates for analysts (survey::svydesign) and
  # compare `mienskip weigh` with survey::calibrate(calfun = "raking"), which needs MASS, and the
  # simultaneous intervals of the scenario ranking with multcomp (mvtnorm's max-|z| quantile)
  r-base-core r-cran-survey r-cran-mass r-cran-multcomp
  # the council report test reads the PDF chromium printed (pdftotext); the letters' test scans the
  # QR code printed on them as a phone would (zbarimg)
  poppler-utils zbar-tools
  # deploy/audit-recheck.sh redoes the audit log's hashes from an export, and its test runs it
  jq
  # the lottery's conformance kit checks the program against an independent Python re-implementation
  python3
  # the deployment test runs the shipped deploy/nginx.conf in front of the server, on loopback
  # (Debian starts nginx's default site on port 80 where a service manager runs)
  nginx
  # the fuzzing harnesses (tests/fuzz/) are built with clang's libFuzzer and sanitizers
  clang-14 libfuzzer-14-dev
)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else echo "install-deps.sh: missing packages need root; run as root or install sudo" >&2; exit 1
  fi
}

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q '^install ok installed$'; }

missing=()
for package in "${packages[@]}"; do installed "$package" || missing+=("$package"); done

if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps.sh: installing ${missing[*]}"
  if ! installed postgresql-common; then
    # Mienskip runs its own cluster (deploy/db.sh); Debian's default cluster would only be a second
    # server listening on port 5432.
    as_root mkdir -p /etc/postgresql-common/createcluster.d
    echo "create_main_cluster = false" | as_root tee /etc/postgresql-common/createcluster.d/mienskip.conf >/dev/null
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# The resident pages' stylesheets, the admin app and the browser tests need Node.js and their npm
# packages; the browser tests also Debian's chromium. Installed once those parts exist in the tree.
npm_dirs=("$root/server/static" "$root/admin-ui" "$root/tests/e2e")
if [ -f "$root/server/static/package.json" ] || [ -f "$root/admin-ui/package.json" ] || [ -f "$root/tests/e2e/package.json" ]; then
  web=()
  command -v node >/dev/null || web+=(nodejs)
  command -v npm >/dev/null || web+=(npm)
  if [ -f "$root/admin-ui/package.json" ] || [ -f "$root/tests/e2e/package.json" ]; then
    installed chromium || web+=(chromium)
  fi
  if [ ${#web[@]} -gt 0 ]; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${web[@]}"
  fi
  for dir in "${npm_dirs[@]}"; do
    [ -f "$dir/package.json" ] || continue
    # npm ci only when the lock file changed since the last install.
    stamp="$dir/node_modules/.mienskip-lock.sha256"
    want=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
      (cd "$dir" && npm ci --no-audit --no-fund)
      echo "$want" >"$stamp"
    fi
  done
fi
