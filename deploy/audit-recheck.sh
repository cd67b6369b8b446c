#!/usr/bin/env bash
# Re-checks an export of Mienskip's audit log (`mienskip audit export --out audit.jsonl`) with
# nothing but jq and sha256sum, for an accountant who does not want to trust the program:
#
#   deploy/audit-recheck.sh audit.jsonl [HASH@POSITION ...]
#
# Every entry's hash must be SHA-256 of: the previous entry's hash, then position, occurred_at,
# actor, action, subject and details, each after a newline (docs/architecture.md, "Audit log");
# the first entry follows 64 zeros; positions run 1, 2, 3... Each HASH@POSITION given (a head
# published earlier, e.g. on a verification page) must still be in the log. Exit 0 when all holds.
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: deploy/audit-recheck.sh AUDIT.jsonl [HASH@POSITION ...]" >&2; exit 2; }
export_file=$1
shift
previous=$(printf '0%.0s' $(seq 1 64))
expected_position=1
declare -A hash_at
while IFS= read -r line; do
  position=$(jq -r '.position' <<<"$line")
  [ "$position" = "$expected_position" ] || { echo "BROKEN: entry $expected_position is missing (found $position)"; exit 1; }
  [ "$(jq -r '.previous_hash' <<<"$line")" = "$previous" ] ||
    { echo "BROKEN: entry $position does not follow the entry before it"; exit 1; }
  computed=$(jq -j '.previous_hash, "\n", .position, "\n", .occurred_at, "\n", .actor, "\n", .action, "\n",
                    .subject, "\n", .details' <<<"$line" | sha256sum | cut -c1-64)
  [ "$computed" = "$(jq -r '.entry_hash' <<<"$line")" ] || { echo "BROKEN: entry $position was changed"; exit 1; }
  hash_at[$position]=$computed
  previous=$computed
  expected_position=$((expected_position + 1))
done <"$export_file"
for head in "$@"; do
  hash=${head%@*} position=${head##*@}
  [ "${hash_at[$position]:-}" = "$hash" ] || { echo "BROKEN: the log no longer holds the published head $head"; exit 1; }
done
echo "audit export intact: $((expected_position - 1)) entries, holding $# published head(s); last hash $previous"
