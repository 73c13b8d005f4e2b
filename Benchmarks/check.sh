#!/usr/bin/env bash
# `leniency check` benchmark (release build): decides COUNT synthetic cases of one JSON Lines file
# (`Benchmarks/generate.py synthetic`, fixed seed) with `--format jsonl` three times, printing wall time, cases/s and
# peak RSS (/usr/bin/time), then times a cold `check` of one example case with all shipped rules RUNS times and prints
# the median, minimum and maximum wall time, next to `leniency --version` (process start and argument parsing alone).
# A cold `check` is a new process each time; it is timed with the rules cache filled by an earlier run (the usual
# case: the rules did not change since the last check) and with `--no-cache` (the first run after a rules change
# parses them). The cache lives in the benchmark's temporary folder (LENIENCY_CACHE_DIR), never in ~/.cache.
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
export LENIENCY_CACHE_DIR="$work/cache"
unset LENIENCY_NO_CACHE
python3 Benchmarks/generate.py synthetic "$count" "$work/cases.jsonl" >&2

# CPU seconds (user + system, all threads) next to the wall time: on the shared machine the wall time mostly says
# how busy the other jobs kept the two cores.
printf '%-28s %8s %10s %10s %12s\n' "check --format jsonl" seconds "cases/s" "peak RSS" "CPU seconds"
for _ in 1 2 3; do
  /usr/bin/time -f '%e %M %U %S' -o "$work/time" "$binary" check "$work/cases.jsonl" --rules rules --format jsonl \
    > "$work/out.jsonl" 2> "$work/err" || true
  read -r seconds kib user system < "$work/time"
  lines=$(wc -l < "$work/out.jsonl")
  [ "$lines" -eq "$count" ] || { echo "bench: expected $count decisions, got $lines" >&2; head -3 "$work/err" >&2; exit 1; }
  awk -v n="$count" -v s="$seconds" -v k="$kib" -v u="$user" -v y="$system" \
    'BEGIN { printf "%-28s %8.2f %10.0f %7.0f MB %12.2f\n", n " cases", s, (s > 0 ? n / s : 0), k / 1024, u + y }'
done

example=examples/cases/tax-6-01-bank-account-first.yaml
python3 - "$binary" "$example" "$runs" <<'EOF'
import os, statistics, subprocess, sys, time
binary, example, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
commands = {f"cold check of {example}": [binary, "check", example, "--rules", "rules"],
            "the same with --no-cache": [binary, "check", example, "--rules", "rules", "--no-cache"],
            "leniency --version": [binary, "--version"]}
times = {name: [] for name in commands}
cpu = {name: [] for name in commands}
for run in range(runs + 1):  # interleaved, so all see the same load; the first round fills the page and rules caches
    for name, command in commands.items():
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        elapsed = (time.perf_counter() - start) * 1000
        if status != 0:
            sys.exit(f"bench: {' '.join(command)} failed")
        if run > 0:
            times[name].append(elapsed)
            cpu[name].append((usage.ru_utime + usage.ru_stime) * 1000)
# Wall time says how busy the other jobs kept the cores; CPU time (user + system) is what the run itself cost.
for name, values in times.items():
    print(f"{name}: median {statistics.median(values):.1f} ms, min {min(values):.1f}, max {max(values):.1f}"
          f" ({runs} runs); CPU median {statistics.median(cpu[name]):.1f} ms")
EOF
