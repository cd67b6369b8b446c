# The harnesses (tests/fuzz/<name>.cpp, listed again in CMakeLists.txt) with the longest input
# each is given: a little over its largest seed, so that the fuzzer mutates inputs of a realistic
# size instead of spending its time on megabytes. Sourced by run.sh and campaign.sh.
fuzz_harnesses=(
  json_response:4096
  bounded_json:4096
  form_body:4096
  percent_decode:1024
  csv:4096
  register:4096
  pool_replication:8192
  pool_foundation:8192
  volunteers:4096
  margins:4096
  respondents:4096
  survey_template:32768
  register_composition:4096
  letter_texts:8192
  question_texts:8192
  sign_in_codes:256
)

fuzz_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
fuzz_build_dir=${MIENSKIP_FUZZ_BUILD_DIR:-$fuzz_root/build-fuzz}

# Configures build-fuzz/ with clang once and builds what changed (at most two compilers at once:
# the machine is shared with the main build and the other tests).
fuzz_build() {
  local cxx=${MIENSKIP_FUZZ_CXX:-clang++-14}
  if ! command -v "$cxx" >/dev/null; then
    echo "fuzz: $cxx not found; deploy/install-deps.sh installs clang-14 and libfuzzer-14-dev" >&2
    return 1
  fi
  if [ ! -f "$fuzz_build_dir/CMakeCache.txt" ]; then
    local generator=()
    command -v ninja >/dev/null && generator=(-G Ninja)
    cmake -S "$fuzz_root/tests/fuzz" -B "$fuzz_build_dir" "${generator[@]}" -DCMAKE_CXX_COMPILER="$cxx" >/dev/null
  fi
  cmake --build "$fuzz_build_dir" --parallel 2
}

# The libFuzzer options every run shares: a finding is any crash, sanitizer report, uncaught
# exception, input that takes over 10 s (a hang) or run that needs over 2 GB.
fuzz_common_options=(-timeout=10 -rss_limit_mb=2048 -print_final_stats=1)
