#!/usr/bin/env bash
# Issue 10's targets in one run: runs the four benchmarks one after another on the release builds and prints each
# target next to what was measured, with the date, commit and load average. Takes about five minutes (the first run
# also builds and generates a million cases). Raw outputs stay in the printed folder.
#   Benchmarks/targets.sh
# Each figure comes from the script named in its row; run that script alone to look closer (docs/BENCHMARKS.md).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
export LENIENCY_BENCH_STATIC_STDLIB=1
load() { cut -d' ' -f1 /proc/loadavg; }
echo "bench: peer harness (Benchmarks/peer/run.sh 10000 3 2)" >&2
Benchmarks/peer/run.sh 10000 3 2 > "$out/peer.txt"
echo "bench: audit of 1,000,000 cases on two cores, then one (Benchmarks/run.sh 1000000)" >&2
bench_dir="${LENIENCY_BENCH_DIR:-$(mktemp -d)}"
LENIENCY_BENCH_DIR="$bench_dir" Benchmarks/run.sh 1000000 > "$out/audit-2.txt"
LENIENCY_BENCH_DIR="$bench_dir" LENIENCY_BENCH_CORES=1 Benchmarks/run.sh 1000000 > "$out/audit-1.txt"
echo "bench: check (Benchmarks/check.sh 10000 21)" >&2
Benchmarks/check.sh 10000 21 > "$out/check.txt"
echo "bench: lint (Benchmarks/lint.sh 10000)" >&2
Benchmarks/lint.sh 10000 > "$out/lint.txt" 2>/dev/null
echo "bench: the million cases and their findings are in $bench_dir" >&2
python3 - "$out" "$(git rev-parse --short HEAD)" "$(load)" <<'PY'
import datetime, re, sys
out, commit, load = sys.argv[1], sys.argv[2], sys.argv[3]
def text(name): return open(f"{out}/{name}", encoding="utf-8").read()
def number(s): return float(s.replace(",", ""))
rows = []
peer = re.search(r"leniency compiled engine\s+([\d,]+)\s+([\d,]+)–([\d,]+)", text("peer.txt"))
rate = number(peer.group(1))
rows.append(("compiled decisions per CPU second, one core (peer/run.sh)", "≥ 1,000,000",
             f"{rate:,.0f} (median; {peer.group(2)}–{peer.group(3)})", rate >= 1_000_000))
def audit(name):
    fields = next(l for l in text(name).splitlines() if l.startswith("1000000")).split()
    return number(fields[1]), number(fields[6])  # seconds, peak MB
two, rss = audit("audit-2.txt")
one, _ = audit("audit-1.txt")
rows.append(("audit of 1,000,000 JSON Lines cases, 2 cores (run.sh)", "≤ 5 s, ≤ 300 MB", f"{two:.2f} s, {rss:.0f} MB",
             two <= 5 and rss <= 300))
rows.append(("two cores against one (run.sh, LENIENCY_BENCH_CORES=1)", "≥ 1.8×", f"{one / two:.2f}× ({one:.2f} s / {two:.2f} s)",
             one / two >= 1.8))
check = text("check.txt")
runs = [l.split() for l in check.splitlines() if l.startswith("10000 cases")]
seconds = sorted(number(r[2]) for r in runs)
middle = seconds[len(seconds) // 2]
peak = max(number(r[4]) for r in runs)
rows.append(("check of 10,000 cases in one JSON Lines file (check.sh)", "≥ 100,000 cases/s, ≤ 100 MB",
             f"{10000 / middle:,.0f} cases/s (median of {len(runs)}: {middle:.2f} s), {peak:.0f} MB", 10000 / middle >= 100_000 and peak <= 100))
cold = re.search(r"cold check of \S+: median ([\d.]+) ms", check)
rows.append(("cold check of one example, all shipped rules (check.sh)", "≤ 10 ms median", f"{cold.group(1)} ms",
             float(cold.group(1)) <= 10))
lint = {l.split()[0]: l.split() for l in text("lint.txt").splitlines() if l.startswith(("mixed", "all-overlap"))}
def wall(fields): return sum(float(p) * 60 ** i for i, p in enumerate(reversed(fields[4].split(":"))))
worst = max(wall(f) for f in lint.values())
rows.append(("lint of a 10,000-item list (lint.sh; mixed and all-overlap)", "≤ 1 s", f"{worst:.2f} s (the slower list)", worst <= 1))
print(f"Issue 10 targets, {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC, commit {commit}, load average {load} at the end")
print(f"{'target':62} {'asked':30} {'measured':44} met")
for name, asked, measured, met in rows:
    print(f"{name:62} {asked:30} {measured:44} {'yes' if met else 'NO'}")
print(f"raw outputs: {out}")
PY
