#!/usr/bin/env python3
"""Random tax first-offence cases for the peer benchmark, as JSON Lines (fixed seed).

  cases.py N OUT.jsonl [SEED]

Each case is one of the six tax violations that both 国家税务总局公告2021年第6号 (首违不罚) and the tax discretion
standard (rules/standards/tax-zg-2000.yaml) cover, by an enterprise or an adult individual, with random values of the
facts the decision reads (first offence from prior_violations, harm_minor, the two ways of correcting, the two 第33号
exclusions) and every other boolean fact of the vocabulary false, so the general part of 行政处罚法 does not apply.
Both engines read the same file.
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from generate import facts, uscc  # noqa: E402  (the audit generator's vocabulary and identifier helpers)

VIOLATIONS = ["TAX-ZG-60-1-4", "TAX-ZG-60-1-2", "TAX-ZG-62-TP", "TAX-ZG-61", "TAX-ZG-62-WH", "TAX-FJM-33"]
FACTS = ["harm_minor", "corrected_before_discovery", "corrected_within_deadline", "irreparable_tax_loss",
         "large_social_impact"]


def case(i, rng):
    violation = rng.choice(VIOLATIONS)
    enterprise = rng.random() < 0.7
    party = ({"name": f"南昌某科技有限公司{i:06d}", "type": "enterprise", "credit_code": uscc(30000 + i)} if enterprise
             else {"name": f"个体户{i:06d}", "type": "individual", "age": rng.randint(20, 70)})
    # Each fact true with probability 1/2, except the exclusions (1/5), so that every branch is common.
    chosen = {name: rng.random() < (0.2 if name in ("irreparable_tax_loss", "large_social_impact") else 0.5)
              for name in FACTS}
    first = rng.random() < 0.7
    priors = [] if first else [{"violation": violation, "date": f"2023-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"}]
    day = rng.randint(1, 28)
    return {
        "id": f"洪税罚〔2025〕{i:06d}号",
        "agency": "国家税务总局南昌市东湖区税务局",
        "party": party,
        "violation": violation,
        "dates": {"act": f"2025-03-{day:02d}", "discovered": "2025-04-01", "filed": "2025-04-02", "decided": "2025-04-20"},
        "facts": facts(**chosen),
        "prior_violations": priors,
    }


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 20251203)
    with open(out, "w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps(case(i, rng), ensure_ascii=False, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
