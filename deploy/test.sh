#!/usr/bin/env bash
# README command 2 (and CI): install what is missing, build, and run every test with CTest.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/deploy/install-deps.sh"
"$root/deploy/build.sh"
cd "$root/build"
exec ctest --output-on-failure --parallel "$(nproc)" "$@"
