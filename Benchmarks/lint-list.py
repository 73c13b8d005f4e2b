#!/usr/bin/env python3
"""Writes a rules folder with one long `hit_policy: unique` list, for the lint benchmark (Benchmarks/lint.sh).

  lint-list.py OUT_DIR [ITEMS] [VIOLATIONS] [--all-overlap]

ITEMS (default 10,000) items over VIOLATIONS (default 10) violations, fixed seed. By default each violation's items
are a realistic long list: tiers told apart by ranges of `duration_days` and by `party_type`, with every tenth item
a copy-paste mistake that overlaps others (its range dropped, or an exact duplicate). With --all-overlap every item
of a violation overlaps every other (`harm_minor` and `duration_days < K` with a different K each), the input that
gave 199,000 X001 diagnostics for 2,000 items before lint grouped overlaps.
"""
import os
import random
import sys

SEED = 20251203


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    all_overlap = "--all-overlap" in sys.argv
    if not args:
        sys.exit(__doc__)
    out = args[0]
    items = int(args[1]) if len(args) > 1 else 10_000
    violations = int(args[2]) if len(args) > 2 else 10
    rng = random.Random(SEED)
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "facts.yaml"), "w", encoding="utf-8") as f:
        f.write("kind: facts\nfacts:\n"
                "  - {name: harm_minor, type: boolean, label: 危害后果轻微}\n"
                "  - {name: duration_days, type: integer, label: 违法行为持续天数}\n"
                "  - {name: party_type, type: enum, values: [enterprise, individual], label: 当事人类型}\n")
    with open(os.path.join(out, "violations.yaml"), "w", encoding="utf-8") as f:
        f.write("kind: violations\nviolations:\n")
        for v in range(violations):
            f.write(f"  - code: BENCH-{v:03d}\n    title: 基准违法行为{v}\n"
                    f"    violates: [\"《中华人民共和国行政处罚法》第三十三条第一款\"]\n"
                    f"    penalty_basis: [\"《中华人民共和国行政处罚法》第三十三条第一款\"]\n")
    lines = ["kind: list", "id: bench-unique", "list_kind: no-penalty", "title: 基准清单", "issuer: 基准局",
             "document: 基准〔2025〕1号", "effective: 2025-01-01",
             "implements: [\"《中华人民共和国行政处罚法》第三十三条第一款\"]", "hit_policy: unique", "items:"]
    per_violation = [0] * violations
    for i in range(items):
        v = i % violations
        k = per_violation[v]
        per_violation[v] += 1
        if all_overlap:
            conditions = f"[harm_minor, duration_days < {rng.randint(10, 100_000)}]"
        elif k % 10 == 9:
            # A mistake: a tier without its range (overlaps every tier of its party type), or an exact duplicate.
            conditions = (f"[harm_minor, party_type == {'enterprise' if k % 20 == 9 else 'individual'}]"
                          if rng.random() < 0.5 else f"[harm_minor, duration_days >= {(k - 1) * 10}, duration_days < {k * 10}, "
                          f"party_type == {'enterprise' if (k - 1) % 2 == 0 else 'individual'}]")
        else:
            conditions = (f"[harm_minor, duration_days >= {k * 10}, duration_days < {k * 10 + 10}, "
                          f"party_type == {'enterprise' if k % 2 == 0 else 'individual'}]")
        lines += [f"  - id: bench-{i:05d}", f"    title: 基准事项{i}", f"    violation: BENCH-{v:03d}",
                  f"    conditions: {conditions}"]
    with open(os.path.join(out, "list.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
