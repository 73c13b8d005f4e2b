#!/usr/bin/env bash
# Endless-line benchmark: `leniency audit` (release build) of a JSON Lines file whose first line is one string of
# MIB mebibytes with no line break, followed by one valid case from examples/. Reports the wall time and peak RSS
# (/usr/bin/time -v) and checks what docs/AUDIT.md promises: the long line is reported as Y006 at FILE:1:1, the case
# on line 2 is still audited, and memory stays far below the line's size (exit 1 if the peak passes 100 MB).
# Usage: Benchmarks/endless-line.sh [MIB]   (default 1024; the file is written to a temporary folder and removed)
set -euo pipefail
cd "$(dirname "$0")/.."
mib="${1:-1024}"
[[ "$mib" =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [MIB >= 1]" >&2; exit 2; }
source Benchmarks/release-binary.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
file="$work/endless.jsonl"
{ printf '{"case_number":"'; head -c $((mib << 20)) /dev/zero | tr '\0' x; printf '"}\n'; head -1 examples/bulk/cases/market.jsonl; } > "$file"
set +e
/usr/bin/time -v "$binary" audit "$file" --lang en > "$work/out" 2> "$work/err"
status=$?
set -e
seconds=$(grep 'Elapsed (wall clock)' "$work/err" | awk '{print $NF}')
rss=$(( $(grep 'Maximum resident set size' "$work/err" | awk '{print $NF}') / 1024 ))
reported=$(grep -c "endless.jsonl:1:1: error\[Y006\]" "$work/err" || true)
audited=$(grep -oE 'Cases: [0-9]+ read, [0-9]+ audited' "$work/out" || true)
printf '%-34s %10s %12s %s\n' "first line" seconds "peak RSS" "result"
printf '%-34s %10s %9s MB %s\n' "one string of $mib MiB, then a case" "$seconds" "$rss" \
  "exit $status; Y006 at 1:1: $([ "$reported" -ge 1 ] && echo yes || echo NO); $audited"
[ "$status" -eq 3 ] && [ "$reported" -ge 1 ] && [ "$audited" = "Cases: 1 read, 1 audited" ] && [ "$rss" -lt 100 ] || {
  echo "bench: expected exit 3, Y006 at endless.jsonl:1:1, the case on line 2 audited and under 100 MB" >&2
  grep -v '^\s' "$work/err" | head -5 >&2
  exit 1
}
