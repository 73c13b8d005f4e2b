#!/usr/bin/env bash
# Audit benchmark: builds the release binary, generates schema-valid synthetic cases as JSON Lines (python3, fixed
# seed) and times `leniency audit --format jsonl` on 100,000 and 1,000,000 cases with /usr/bin/time -v.
# Prints cases/s and peak RSS. Usage: Benchmarks/run.sh [COUNT…]  (default: 100000 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/time ]; then
  echo "bench: installing GNU time (apt package time)" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >&2
fi
python3 -c "import yaml" 2>/dev/null || { echo "bench: python3 needs PyYAML (apt package python3-yaml)" >&2; exit 2; }

scratch="${LENIENCY_BENCH_SCRATCH:-.build-bench}"
swift build -c release --scratch-path "$scratch" --product leniency >&2
binary="$scratch/release/leniency"
work="${LENIENCY_BENCH_DIR:-$(mktemp -d)}"
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(100000 1000000)

printf '%-10s %10s %12s %12s %10s %s\n' cases seconds "cases/s" "peak RSS" findings cores
for n in "${counts[@]}"; do
  input="$work/cases-$n.jsonl"
  [ -s "$input" ] || python3 Benchmarks/generate.py synthetic "$n" "$input"
  set +e
  /usr/bin/time -v "$binary" audit "$input" --rules rules --format jsonl -o "$work/findings-$n.jsonl" 2> "$work/time-$n.txt"
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
  findings=$(wc -l < "$work/findings-$n.jsonl")
  printf '%-10s %10.2f %12.0f %9.0f MB %10s %s\n' "$n" "$seconds" "$(python3 -c "print($n/$seconds)")" \
    "$(python3 -c "print($rss_kb/1024)")" "$findings" "$(nproc)"
done
echo "inputs and findings kept in $work" >&2
