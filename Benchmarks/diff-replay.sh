#!/usr/bin/env bash
# Replay benchmark for `leniency diff --replay`: builds the release binary, generates schema-valid synthetic cases as
# JSON Lines (Benchmarks/generate.py, fixed seed), makes a revision of the shipped rules in which 国家税务总局公告2021年
# 第6号 says 可以 instead of 应当 (list-level `mandatory: false`, so the generated 首违不罚 cases change), and times
# `leniency diff rules REVISED --replay CASES --no-witnesses --format json` with /usr/bin/time -v.
# Prints cases/s (each case decided twice: old and new rules), changed cases and peak RSS.
# Usage: Benchmarks/diff-replay.sh [COUNT…]  (default: 100000)
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
[ ${#counts[@]} -gt 0 ] || counts=(100000)

revised="$work/rules-revised"
rm -rf "$revised"
cp -r rules "$revised"
sed -i 's/^mandatory: true$/mandatory: false/' "$revised/lists/tax/cn-tax-2021-6.yaml"
grep -q '^mandatory: false$' "$revised/lists/tax/cn-tax-2021-6.yaml" || { echo "bench: the revision found no list-level mandatory" >&2; exit 2; }

printf '%-10s %10s %12s %12s %10s %s\n' cases seconds "cases/s" "peak RSS" changed cores
for n in "${counts[@]}"; do
  input="$work/cases-$n.jsonl"
  [ -s "$input" ] || python3 Benchmarks/generate.py synthetic "$n" "$input"
  set +e
  /usr/bin/time -v "$binary" diff rules "$revised" --replay "$input" --no-witnesses --format json \
    > "$work/diff-$n.json" 2> "$work/time-$n.txt"
  status=$?
  set -e
  if [ "$status" -gt 1 ]; then
    echo "bench: leniency diff exited $status" >&2
    tail -20 "$work/time-$n.txt" >&2
    exit 1
  fi
  elapsed=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time-$n.txt")
  seconds=$(python3 -c "import sys; p=[float(x) for x in sys.argv[1].split(':')]; print(sum(v*60**i for i,v in enumerate(reversed(p))))" "$elapsed")
  rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time-$n.txt")
  changed=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['replay']['changed'])" "$work/diff-$n.json")
  printf '%-10s %10.2f %12.0f %9.0f MB %10s %s\n' "$n" "$seconds" "$(python3 -c "print($n/$seconds)")" \
    "$(python3 -c "print($rss_kb/1024)")" "$changed" "$(nproc)"
done
echo "inputs and reports kept in $work" >&2
