#!/usr/bin/env bash
# Audit benchmark: builds the release binary, generates schema-valid synthetic cases as JSON Lines (python3, fixed
# seed) and times `leniency audit --format jsonl` on 100,000 and 1,000,000 cases with /usr/bin/time -v.
# Prints wall time, cases/s, user CPU time, cases per CPU second (a rate per core actually used: on a shared machine
# the wall time says more about the other jobs), CPU share and peak RSS. Usage: Benchmarks/run.sh [COUNT…]
# (default: 100000 1000000). LENIENCY_BENCH_CORES=1 pins the audit to one core (taskset), for the 2-core/1-core ratio;
# LENIENCY_BENCH_STATIC_STDLIB=1 times the build with the Swift runtime linked statically (scratch .build-bench-static).
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -c "import yaml" 2>/dev/null || { echo "bench: python3 needs PyYAML (apt package python3-yaml)" >&2; exit 2; }

# The release build (LENIENCY_BENCH_STATIC_STDLIB=1: with the Swift runtime linked statically, as Benchmarks/check.sh).
source Benchmarks/release-binary.sh
work="${LENIENCY_BENCH_DIR:-$(mktemp -d)}"
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(100000 1000000)

pin=()
cores=$(nproc)
if [ "${LENIENCY_BENCH_CORES:-}" = 1 ]; then pin=(taskset -c 0); cores=1; fi
printf '%-10s %10s %12s %10s %14s %6s %12s %10s %s\n' cases seconds "cases/s" "user s" "cases/CPU s" CPU "peak RSS" findings cores
for n in "${counts[@]}"; do
  input="$work/cases-$n.jsonl"
  [ -s "$input" ] || python3 Benchmarks/generate.py synthetic "$n" "$input"
  set +e
  /usr/bin/time -v "${pin[@]}" "$binary" audit "$input" --rules rules --format jsonl -o "$work/findings-$n.jsonl" 2> "$work/time-$n.txt"
  status=$?
  set -e
  if [ "$status" -gt 1 ]; then
    echo "bench: leniency audit exited $status" >&2
    tail -20 "$work/time-$n.txt" >&2
    exit 1
  fi
  elapsed=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time-$n.txt")
  seconds=$(python3 -c "import sys; p=[float(x) for x in sys.argv[1].split(':')]; print(sum(v*60**i for i,v in enumerate(reversed(p))))" "$elapsed")
  rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time-$n.txt")
  user=$(awk -F': ' '/User time \(seconds\)/ {print $2}' "$work/time-$n.txt")
  share=$(awk -F': ' '/Percent of CPU this job got/ {print $2}' "$work/time-$n.txt")
  findings=$(wc -l < "$work/findings-$n.jsonl")
  printf '%-10s %10.2f %12.0f %10.2f %14.0f %6s %9.0f MB %10s %s\n' "$n" "$seconds" "$(python3 -c "print($n/$seconds)")" \
    "$user" "$(python3 -c "print($n/max($user, 0.01))")" "$share" "$(python3 -c "print($rss_kb/1024)")" "$findings" "$cores"
done
echo "inputs and findings kept in $work; load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
