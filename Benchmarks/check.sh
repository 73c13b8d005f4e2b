#!/usr/bin/env bash
# `leniency check` benchmark (release build): decides COUNT synthetic cases of one JSON Lines file
# (`Benchmarks/generate.py synthetic`, fixed seed) with `--format jsonl` three times, printing wall time, cases/s and
# peak RSS (/usr/bin/time), then times a cold `check` of one example case with all shipped rules RUNS times and prints
# the median, minimum and maximum wall time, next to `leniency --version` (process start and argument parsing alone).
# These are the issue-10 targets "check of 10,000 cases" and "cold check". The binary is the release build with the
# Swift runtime linked statically (`swift build -c release --static-swift-stdlib`); LENIENCY_BENCH_STATIC_STDLIB=0
# measures the default dynamically linked release build instead.
# Usage: Benchmarks/check.sh [COUNT] [RUNS]   (defaults 10000 and 21)
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-10000}"
runs="${2:-21}"
[[ "$count" =~ ^[1-9][0-9]*$ && "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [COUNT] [RUNS]" >&2; exit 2; }
export LENIENCY_BENCH_STATIC_STDLIB="${LENIENCY_BENCH_STATIC_STDLIB:-1}"
source Benchmarks/release-binary.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 Benchmarks/generate.py synthetic "$count" "$work/cases.jsonl" >&2

printf '%-28s %8s %10s %10s\n' "check --format jsonl" seconds "cases/s" "peak RSS"
for _ in 1 2 3; do
  /usr/bin/time -f '%e %M' -o "$work/time" "$binary" check "$work/cases.jsonl" --rules rules --format jsonl \
    > "$work/out.jsonl" 2> "$work/err" || true
  read -r seconds kib < "$work/time"
  lines=$(wc -l < "$work/out.jsonl")
  [ "$lines" -eq "$count" ] || { echo "bench: expected $count decisions, got $lines" >&2; head -3 "$work/err" >&2; exit 1; }
  awk -v n="$count" -v s="$seconds" -v k="$kib" \
    'BEGIN { printf "%-28s %8.2f %10.0f %7.0f MB\n", n " cases", s, (s > 0 ? n / s : 0), k / 1024 }'
done

example=examples/cases/tax-6-01-bank-account-first.yaml
python3 - "$binary" "$example" "$runs" <<'EOF'
import statistics, subprocess, sys, time
binary, example, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
commands = {f"cold check of {example}": [binary, "check", example, "--rules", "rules"],
            "leniency --version": [binary, "--version"]}
times = {name: [] for name in commands}
for run in range(runs + 1):  # interleaved, so both see the same load; the first round fills the page cache
    for name, command in commands.items():
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        if run > 0:
            times[name].append((time.perf_counter() - start) * 1000)
for name, values in times.items():
    print(f"{name}: median {statistics.median(values):.1f} ms, min {min(values):.1f}, max {max(values):.1f} ({runs} runs)")
EOF
