#!/usr/bin/env bash
# Builds the libFuzzer harnesses (tests/fuzz/README.md) and runs them briefly: the CTest test
# fuzz_smoke. Every harness gets a fixed number of runs from a fixed seed over its seed corpus,
# starting from an empty scratch corpus, so a run is repeatable; any finding fails it.
#
#   tests/fuzz/run.sh --build            build only
#   tests/fuzz/run.sh --smoke [runs]     build, then each harness for `runs` inputs (default 10000)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/harnesses.sh"

mode=${1:---smoke}
runs=${2:-10000}
case "$mode" in
  --build) fuzz_build; exit 0 ;;
  --smoke) ;;
  *) echo "usage: $0 --build | --smoke [runs]" >&2; exit 2 ;;
esac

started=$SECONDS
fuzz_build
echo "fuzz: built in $((SECONDS - started)) s"

smoke="$fuzz_build_dir/smoke"
failed=()
for entry in "${fuzz_harnesses[@]}"; do
  name=${entry%%:*}
  max_len=${entry##*:}
  scratch="$smoke/$name"
  findings="$fuzz_build_dir/findings/$name"
  rm -rf "$scratch" && mkdir -p "$scratch/corpus" "$findings"
  begin=$SECONDS
  # New inputs go to the scratch corpus (the first directory), never into the tracked seeds.
  if "$fuzz_build_dir/fuzz_$name" "${fuzz_common_options[@]}" -seed=1 -runs="$runs" -max_len="$max_len" \
      -artifact_prefix="$findings/" "$scratch/corpus" "$fuzz_root/tests/fuzz/corpus/$name" >"$scratch/log" 2>&1; then
    echo "fuzz: $name: $(grep -m1 -o 'cov: [0-9]* ft: [0-9]*' <(grep DONE "$scratch/log")) in $((SECONDS - begin)) s"
  else
    failed+=("$name")
    echo "fuzz: $name: FINDING (inputs in $findings/; log $scratch/log):" >&2
    grep -E -A30 '^==[0-9]+==ERROR|runtime error|deadly signal|ALARM|out-of-memory|uncaught|terminate' "$scratch/log" \
      | head -60 >&2 || tail -40 "$scratch/log" >&2
  fi
done

echo "fuzz: smoke done in $((SECONDS - started)) s"
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: findings in ${failed[*]}; reproduce with $fuzz_build_dir/fuzz_<name> <input>" >&2
  exit 1
fi
