#!/usr/bin/env bash
# Checks a mienskip program, and the independent reference.py, against the conformance kit.
#
#   tests/conformance/check.sh path/to/mienskip
#
# For every case under cases/ it runs the program and compares what it writes with the expected
# files byte for byte (in the JSON files the lines "version" and "seconds" are left out: the
# program's version and the time it took), then runs reference.py and compares its results with the
# same expected files. One line per case; any difference names the case and the file, and the
# script exits with status 1. Needs bash, python3 and cmp/diff.
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 path/to/mienskip" >&2
  exit 2
fi
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
[ -x "$bin" ] || { echo "$1 is not an executable program" >&2; exit 2; }
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# The interpreter itself, not a wrapper script in front of it (a version manager's shim can cost
# most of a second per call).
python=$("${PYTHON:-python3}" -c 'import sys; print(sys.executable)')
work=$(mktemp -d "${TMPDIR:-/tmp}/mienskip-conformance.XXXXXX")
trap 'rm -rf "$work"' EXIT
started=$(date +%s%N)

failed_cases=0
case_problems=()
case_details=""

problem() { case_problems+=("$*"); }
# The first lines of a difference, printed under the case's FAIL lines.
detail() {
  local text
  text=$(head -n 8 | sed 's/^/      /')
  case_details+="$text"$'\n'
}

# The JSON files without the two fields that are not part of the result.
stable() { sed -e '/^  "version": /d' -e '/^  "seconds": /d' "$1"; }

# same EXPECTED ACTUAL WHO: byte comparison (JSON: without version and seconds).
same() {
  local expected=$1 actual=$2 who=$3 name
  name=$(basename "$expected")
  if [ ! -f "$expected" ]; then
    problem "the expected file $name is missing"
    return
  fi
  if [ ! -f "$actual" ]; then
    problem "$who did not write $name"
    return
  fi
  case "$name" in
    *.json)
      if ! cmp -s <(stable "$expected") <(stable "$actual"); then
        problem "$who $name differs from the expected file"
        detail < <(diff <(stable "$expected") <(stable "$actual"))
      fi ;;
    *)
      if ! cmp -s "$expected" "$actual"; then
        problem "$who $name differs from the expected file"
        detail < <(diff "$expected" "$actual")
      fi ;;
  esac
}

# run LOG COMMAND...: runs a command, keeping its output for a failure message.
run() {
  local log=$1
  shift
  if ! "$@" >"$log" 2>&1; then
    problem "$(basename "$1") failed: $(tail -n 3 "$log" | tr '\n' ' ')"
    return 1
  fi
}

report() {
  local label=$1
  if [ ${#case_problems[@]} -eq 0 ]; then
    echo "ok    $label"
  else
    failed_cases=$((failed_cases + 1))
    local p
    for p in "${case_problems[@]}"; do echo "FAIL  $label: $p"; done
    printf '%s' "$case_details"
  fi
  case_problems=()
  case_details=""
}

# The `mienskip draw` options that a stage 1 case's parameters.json stands for, one per line of
# NUL-terminated output (as make_cases.py builds them).
draw_options() {
  "$python" - "$1" <<'EOF'
import json, os, sys
case = sys.argv[1]
p = json.load(open(os.path.join(case, "parameters.json"), encoding="utf-8"))
args = ["--register", os.path.join(case, "register.csv"), "--count", str(p["count"])]
if p.get("stratify_by"):
    args += ["--stratify-by", p["stratify_by"]]
if p.get("household_key"):
    args += ["--household-key", ",".join(p["household_key"])]
if p.get("oversample"):
    args += ["--oversample", ",".join("%s=%r" % kv for kv in p["oversample"].items())]
if p.get("exclude"):
    args += ["--exclude", os.path.join(case, p["exclude"])]
sys.stdout.write("".join(a + "\0" for a in args))
EOF
}

# parameter CASE NAME: one value of a case's parameters.json (lists space-separated).
parameter() {
  "$python" - "$1" "$2" <<'EOF'
import json, os, sys
v = json.load(open(os.path.join(sys.argv[1], "parameters.json"), encoding="utf-8")).get(sys.argv[2])
if v is None:
    v = ""
print(" ".join(map(str, v)) if isinstance(v, list) else v, end="")
EOF
}

# The text files reference.py writes for stage 2, made from the program's JSON files.
project_stage2() {
  "$python" - "$1" "$2" <<'EOF'
import json, os, sys
case, out = sys.argv[1], sys.argv[2]
load = lambda name: json.load(open(os.path.join(case, name), encoding="utf-8"))
parameters, selection = load("parameters.json"), load("selection.json")
def composition(entry):
    return " ".join("%d:%d" % (s["type"], s["seats"]) for s in sorted(entry["composition"], key=lambda s: s["type"]))
lines = ["input_sha256 " + selection["input_sha256"]]
for t in selection["types"]:
    lines.append("type %d %s: %s" % (t["type"], json.dumps(t["values"], ensure_ascii=False, sort_keys=True),
                                     " ".join(t["volunteers"])))
open(os.path.join(out, "inputs.txt"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
lottery = selection["lottery"]
lines = ["tickets %d" % lottery["tickets"]]
lines += ["%d-%d %s" % (p["first_ticket"], p["last_ticket"], composition(p)) for p in lottery["panels"]]
open(os.path.join(out, "tickets.txt"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
names = [str(n) for n in parameters["lottery_numbers"]] + (["seed"] if parameters.get("seed") is not None else [])
for name in names:
    panel = load("panel-%s.json" % name)
    number = panel["draw"]["lottery_number"]
    held = [p for p in panel["lottery"]["panels"] if p["first_ticket"] <= number <= p["last_ticket"]]
    text = "lottery_number %d\n" % number
    text += "".join("tickets %d-%d %s\n" % (p["first_ticket"], p["last_ticket"], composition(p)) for p in held)
    text += "panel %s\n" % " ".join(panel["draw"]["panel"])
    open(os.path.join(out, "draw-%s.txt" % name), "w", encoding="utf-8").write(text)
EOF
}

check_stage1() {
  local case=$1 name out ref options=()
  name=$(basename "$case")
  out="$work/stage1/$name/program"
  ref="$work/stage1/$name/reference"
  mkdir -p "$out" "$ref"
  mapfile -d '' options < <(draw_options "$case")

  # The program: the commitment, then the draw against the published commitment.
  if "$bin" draw commit "${options[@]}" >"$out/commitment.txt" 2>"$out/commit.log"; then
    same "$case/commitment.txt" "$out/commitment.txt" "program"
  else
    problem "mienskip draw commit failed: $(tail -n 3 "$out/commit.log" | tr '\n' ' ')"
  fi
  if run "$out/draw.log" "$bin" draw "${options[@]}" --seed "$(parameter "$case" seed)" \
       --commitment "$(head -c 64 "$case/commitment.txt")" \
       --out "$out/invitations.csv" --receipt "$out/receipt.json"; then
    same "$case/invitations.csv" "$out/invitations.csv" "program"
    same "$case/receipt.json" "$out/receipt.json" "program"
  fi

  # The reference implementation.
  if run "$ref/reference.log" "$python" "$here/reference.py" stage1 "$case" "$ref"; then
    local file
    for file in commitment.txt invitations.csv receipt.json; do
      same "$case/$file" "$ref/$file" "reference.py"
    done
  fi
  report "stage1/$name"
}

check_stage2() {
  local case=$1 name out ref expected pool options=() n
  name=$(basename "$case")
  out="$work/stage2/$name/program"
  ref="$work/stage2/$name/reference"
  expected="$work/stage2/$name/expected"
  mkdir -p "$out" "$ref" "$expected"
  pool="$case/features.csv,$case/candidates.csv"
  [ -f "$case/categories.csv" ] && pool="$case/categories.csv,$case/respondents.csv"
  options=(--pool "$pool" --panel-size "$(parameter "$case" panel_size)")
  local households
  households=$(parameter "$case" household_columns)
  [ -n "$households" ] && options+=(--household-columns "${households// /,}")

  # The program: the published distribution, then a draw for every number and for the seed.
  if run "$out/selection.log" "$bin" select "${options[@]}" --json "$out/selection.json"; then
    same "$case/selection.json" "$out/selection.json" "program"
  fi
  for n in $(parameter "$case" lottery_numbers); do
    if run "$out/panel-$n.log" "$bin" select "${options[@]}" --lottery-number "$n" --json "$out/panel-$n.json"; then
      same "$case/panel-$n.json" "$out/panel-$n.json" "program"
    fi
  done
  if [ -f "$case/panel-seed.json" ]; then
    if run "$out/panel-seed.log" "$bin" select "${options[@]}" --seed "$(parameter "$case" seed)" \
         --json "$out/panel-seed.json"; then
      same "$case/panel-seed.json" "$out/panel-seed.json" "program"
    fi
  fi

  # The reference implementation, from the published selection.json, against the expected files.
  if ! project_stage2 "$case" "$expected" 2>"$expected/project.log"; then
    problem "the expected JSON files could not be read: $(tail -n 1 "$expected/project.log")"
  elif run "$ref/reference.log" "$python" "$here/reference.py" stage2 "$case" "$ref"; then
    local file
    for file in "$expected"/*.txt; do
      same "$file" "$ref/$(basename "$file")" "reference.py"
    done
  fi
  report "stage2/$name"
}

cases=0
for case in "$here"/cases/stage1/*/; do
  check_stage1 "${case%/}"
  cases=$((cases + 1))
done
for case in "$here"/cases/stage2/*/; do
  check_stage2 "${case%/}"
  cases=$((cases + 1))
done

elapsed=$((($(date +%s%N) - started) / 1000000))
seconds=$(printf '%d.%03d' $((elapsed / 1000)) $((elapsed % 1000)))
if [ "$failed_cases" -gt 0 ]; then
  echo "$failed_cases of $cases cases FAILED ($seconds s)"
  exit 1
fi
echo "all $cases cases agree ($seconds s)"
