#!/usr/bin/env bash
# A fuzzing campaign, like a benchmark: not pass/fail but figures. Each harness runs for its
# seconds as libFuzzer workers (one unless asked for more) sharing one corpus, which starts from
# the seeds and grows in a scratch directory (the tracked seeds are never written to). Prints per
# harness: executions, coverage of the final corpus (cov: edges, ft: features), corpus size and
# findings (crash, timeout and out-of-memory inputs, kept next to the corpus).
#
#   tests/fuzz/campaign.sh [seconds-per-harness] [harness[:seconds]...]
#   MIENSKIP_FUZZ_SCRATCH=dir  where the corpora and findings go (default build-fuzz/campaign/<time>)
#   MIENSKIP_FUZZ_WORKERS=n    workers per harness (default 1: the machine is shared)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/harnesses.sh"

seconds=${1:-120}
shift || true
wanted=("$@")
scratch=${MIENSKIP_FUZZ_SCRATCH:-$fuzz_build_dir/campaign/$(date -u +%Y%m%dT%H%M%SZ)}
workers=${MIENSKIP_FUZZ_WORKERS:-1}

fuzz_build >/dev/null
mkdir -p "$scratch"
echo "campaign: $seconds s per harness unless given, $workers worker(s) each, in $scratch"
printf '%-18s %8s %12s %8s %8s %8s %9s\n' harness seconds executions cov ft corpus findings
total=0
for entry in "${fuzz_harnesses[@]}"; do
  name=${entry%%:*}
  max_len=${entry##*:}
  # Only the harnesses named, each for its own seconds when given as name:seconds.
  run_for=$seconds
  if [ ${#wanted[@]} -gt 0 ]; then
    found=
    for want in "${wanted[@]}"; do
      if [ "${want%%:*}" = "$name" ]; then
        found=yes
        [[ $want == *:* ]] && run_for=${want##*:}
      fi
    done
    [ -n "$found" ] || continue
  fi
  dir="$scratch/$name"
  mkdir -p "$dir/corpus" "$dir/findings"
  binary="$fuzz_build_dir/fuzz_$name"
  # Workers with their own seeds on one corpus directory: each picks up what the others found
  # (libFuzzer rereads the directory), as -jobs does, but with a log each to add up.
  pids=()
  for worker in $(seq 1 "$workers"); do
    "$binary" "${fuzz_common_options[@]}" -max_total_time="$run_for" -max_len="$max_len" -seed="$worker$RANDOM" \
      -artifact_prefix="$dir/findings/" "$dir/corpus" "$fuzz_root/tests/fuzz/corpus/$name" \
      >"$dir/worker$worker.log" 2>&1 &
    pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid" || true; done
  executions=0
  for worker in $(seq 1 "$workers"); do
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/worker$worker.log" | tail -1)
    executions=$((executions + ${runs:-0}))
  done
  total=$((total + executions))
  # Coverage of the corpus the workers left, measured once over all of it.
  "$binary" -runs=0 -max_len="$max_len" "$dir/corpus" "$fuzz_root/tests/fuzz/corpus/$name" >"$dir/coverage.log" 2>&1 || true
  coverage=$(grep -m1 -E 'INITED|DONE' "$dir/coverage.log" || true)
  cov=$(sed -n 's/.*cov: \([0-9]*\).*/\1/p' <<<"$coverage")
  ft=$(sed -n 's/.*ft: \([0-9]*\).*/\1/p' <<<"$coverage")
  corpus=$(find "$dir/corpus" -type f | wc -l)
  findings=$(find "$dir/findings" -type f | wc -l)
  printf '%-18s %8d %12d %8s %8s %8d %9d\n' "$name" "$run_for" "$executions" "${cov:-?}" "${ft:-?}" "$corpus" "$findings"
done
printf '%-18s %8s %12d\n' total "" "$total"
