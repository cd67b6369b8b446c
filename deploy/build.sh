#!/usr/bin/env bash
# Configures (once) and builds Mienskip into build/; later runs rebuild only what changed.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$root/build"
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build" -- -j"$(nproc)"

# The staff app (admin-ui/): its npm packages come from deploy/install-deps.sh.
if [ -f "$root/admin-ui/package.json" ]; then
  (cd "$root/admin-ui" && npm run --silent build)
fi
