#!/usr/bin/env bash
# Peer benchmark, one command: Leniency against GoRules ZEN on the same tax first-offence decision.
#   Benchmarks/peer/run.sh [CASES] [REPEATS] [SECONDS]     (default 10000 5 3)
# Installs zen-engine from PyPI into a venv under the build folder, builds Benchmarks/ (release), generates the same
# random cases for both (Benchmarks/peer/cases.py, fixed seed), checks that both give the same outcome and fine range
# on every case, then times them interleaved, REPEATS times each, SECONDS of CPU time per run, one core each.
# Prints decisions per CPU second: median, range, and the ratio to ZEN. Nothing it installs is committed.
set -euo pipefail
cd "$(dirname "$0")/../.."
n="${1:-10000}"; repeats="${2:-5}"; seconds="${3:-3}"
scratch="${LENIENCY_BENCH_SCRATCH:-.build-bench}"
work="$scratch/peer"
mkdir -p "$work"
if [ ! -x "$scratch/peer-venv/bin/python" ]; then
  python3 -m venv "$scratch/peer-venv" >&2
fi
"$scratch/peer-venv/bin/pip" install -q "zen-engine==2.1.3" >&2
swift build -c release --package-path Benchmarks --scratch-path "$scratch/benchmarks" --product decide-bench >&2
bench="$scratch/benchmarks/release/decide-bench"
zen=("$scratch/peer-venv/bin/python" Benchmarks/peer/zen_bench.py)
cases="$work/cases-$n.jsonl"
python3 Benchmarks/peer/cases.py "$n" "$cases"

# Agreement: outcome and fine range of every case, Leniency's explaining and compiled engines, the hand-written floor and ZEN.
"$bench" emit rules "$cases" > "$work/swift.tsv"
"${zen[@]}" emit "$cases" > "$work/zen.tsv"
python3 - "$work/swift.tsv" "$work/zen.tsv" <<'PY'
import sys
swift = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8")]
zen = {l.split("\t")[0]: l.rstrip("\n").split("\t")[1:] for l in open(sys.argv[2], encoding="utf-8")}
bad = [r[0] for r in swift if r[1:4] != zen[r[0]] or r[4:7] != r[1:4] or r[7:10] != r[1:4]]
print(f"agreement: {len(swift) - len(bad)} of {len(swift)} cases give the same outcome and fine range in Leniency (explaining and compiled), the floor and ZEN")
if bad:
    print("disagreeing cases:", bad[:10]); sys.exit(1)
PY

# Interleaved timed runs.
: > "$work/times.jsonl"
for r in $(seq "$repeats"); do
  "$bench" time rules "$cases" "$seconds" >> "$work/times.jsonl"
  "${zen[@]}" time "$cases" "$seconds" >> "$work/times.jsonl"
done
python3 - "$work/times.jsonl" <<'PY'
import json, statistics, sys
runs = [json.loads(l) for l in open(sys.argv[1])]
series = {"leniency explaining engine": [r["engine"] for r in runs if "floor" in r],
          "leniency compiled engine": [r["compiled"] for r in runs if "floor" in r],
          "plain Swift floor": [r["floor"] for r in runs if "floor" in r],
          "zen-engine (Python)": [r["per_cpu_second"] for r in runs if r.get("engine") == "zen"]}
zen = statistics.median(series["zen-engine (Python)"])
print(f"{'decisions per CPU second':28} {'median':>12} {'range (min–max)':>25} {'vs ZEN':>8}")
for name, values in series.items():
    m = statistics.median(values)
    print(f"{name:28} {m:12,.0f} {min(values):12,.0f}–{max(values):<12,.0f} {m / zen:7.2f}×")
import datetime, os
print(f"{len(series['plain Swift floor'])} interleaved runs each, {datetime.date.today()}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
PY
