#!/usr/bin/env bash
# Lint benchmark: builds the release binary, generates long `hit_policy: unique` lists with Benchmarks/lint-list.py
# (fixed seed) and times `leniency lint` on each with /usr/bin/time -v (wall time, peak RSS) and, when installed,
# farm-bench (median of 5 runs); then a rule file holding one 2 MiB value (over the 1 MiB limit for one value) with a
# comment error after it, the path the YAML reader's limit and comment checks take through a long line; then two
# hostile rule files the reader's limits stop (a billion-laughs alias bomb, Y005, and 10,000 nested `[`, Y004): their
# cost is measured here, the unit tests only check where they stop.
# Usage: Benchmarks/lint.sh [ITEMS]   (default 10000; 10 violations)
set -euo pipefail
cd "$(dirname "$0")/.."
items="${1:-10000}"
source Benchmarks/release-binary.sh
work="${LENIENCY_BENCH_DIR:-$(mktemp -d)}"
printf '%-28s %8s %10s %12s %s\n' list items seconds "peak RSS" "lint output"
for mode in mixed all-overlap long-value billion-laughs deep-nesting; do
  dir="$work/$mode-$items"
  flag=""; [ "$mode" = all-overlap ] && flag="--all-overlap"
  if [ "$mode" = long-value ]; then
    mkdir -p "$dir"
    python3 -c "import sys; sys.stdout.write('kind: facts\nnote: ' + 'x' * (2 << 20) + '\ncodes: [A]#comment\n')" > "$dir/long.yaml"
  elif [ "$mode" = billion-laughs ]; then
    # 9 levels of 10 aliases: about 10^9 nodes if expanded.
    mkdir -p "$dir"
    python3 -c "
names = 'abcdefghi'
print('a: &a [' + ', '.join(['\"lol\"'] * 10) + ']')
for i in range(1, 9): print(names[i] + ': &' + names[i] + ' [' + ', '.join(['*' + names[i - 1]] * 10) + ']')" > "$dir/lol.yaml"
  elif [ "$mode" = deep-nesting ]; then
    mkdir -p "$dir"
    python3 -c "print('[' * 10000 + ']' * 10000)" > "$dir/deep.yaml"
  else
    python3 Benchmarks/lint-list.py "$dir" "$items" 10 $flag
  fi
  set +e
  /usr/bin/time -v "$binary" lint "$dir" > "$work/$mode.out" 2> "$work/$mode.time"
  status=$?
  set -e
  [ "$status" -le 1 ] || { echo "bench: leniency lint exited $status" >&2; cat "$work/$mode.time" >&2; exit 1; }
  seconds=$(grep 'Elapsed (wall clock)' "$work/$mode.time" | awk '{print $NF}')
  rss=$(grep 'Maximum resident set size' "$work/$mode.time" | awk '{print $NF}')
  label="$mode (10 violations)"; count="$items"
  [ "$mode" = long-value ] && { label="one 2 MiB value"; count=1; }
  [ "$mode" = billion-laughs ] && { label="billion laughs (~10^9 nodes)"; count=1; }
  [ "$mode" = deep-nesting ] && { label="10,000 nested [ ]"; count=1; }
  printf '%-28s %8s %10s %9s MB %s\n' "$label" "$count" "$seconds" "$((rss / 1024))" "$(tail -1 "$work/$mode.out")"
  if command -v farm-bench >/dev/null; then
    farm-bench -n 5 -- "$binary" lint "$dir" 2>&1 | sed 's/^/    /'
  fi
done
