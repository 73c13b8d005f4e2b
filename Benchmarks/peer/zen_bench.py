#!/usr/bin/env python3
"""GoRules ZEN (zen-engine from PyPI) on the peer benchmark's cases, in process, one core.

  zen_bench.py emit CASES.jsonl            one line per case: id, outcome, fine min, fine max (yuan)
  zen_bench.py time CASES.jsonl SECONDS    decisions per CPU second over the parsed cases, printed as JSON

The graph is Benchmarks/peer/tax-first-offence.jdm.json. Cases are parsed once, before timing; the timed loop is
`decision.evaluate(case)` only, the best case for ZEN (its JSON parsing of the case is not counted).
"""
import json
import os
import sys
import time

import zen

GRAPH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tax-first-offence.jdm.json")


def yuan(value):
    return "" if value is None else f"{value:.2f}"


def main():
    mode, path = sys.argv[1], sys.argv[2]
    with open(GRAPH, encoding="utf-8") as f:
        decision = zen.ZenEngine().create_decision(f.read())
    with open(path, encoding="utf-8") as f:
        cases = [json.loads(line) for line in f if line.strip()]
    if mode == "emit":
        for case in cases:
            r = decision.evaluate(case)["result"]
            print(f"{case['id']}\t{r['outcome']}\t{yuan(r.get('fineMin'))}\t{yuan(r.get('fineMax'))}")
        return
    # CPU time of this process, not wall time: on a shared machine the figure is then per core actually used.
    seconds = float(sys.argv[3])
    done, start, wall = 0, time.process_time(), time.perf_counter()
    while time.process_time() - start < seconds:
        for case in cases[done % len(cases):][:1000]:
            decision.evaluate(case)
        done += min(1000, len(cases) - done % len(cases))
    cpu = time.process_time() - start
    print(json.dumps({"engine": "zen", "decisions": done, "cpu_seconds": cpu, "wall_seconds": time.perf_counter() - wall,
                      "per_cpu_second": done / cpu}))


if __name__ == "__main__":
    main()
