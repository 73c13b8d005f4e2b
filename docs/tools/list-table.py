#!/usr/bin/env python3
"""Prints the README's "What ships in rules/" table from the list files (run from the repository root).

Items modelled are counted from the YAML; items published come from PUBLISHED below (what the source document
holds, as recorded in docs/SHIPPED-RULES.md; "?" where the source did not show the whole document).
"""
import glob, re, sys

PUBLISHED = {
    "apl-general-no-penalty": "5", "apl-general-mitigation": "7",
    "cn-tax-2021-6": "10", "cn-tax-2021-33": "4",
    "jiangmen-2021-231": "40", "gd-env-2021-7-ml": "20",
    "jiangmen-2020-lighter": "8", "gd-env-2021-7-lighter": "6",
    "yrd-market-no-coercion-2024": "6", "ningbo-market-no-coercion-2023": "3",
    "local-market-first-offence-2024": "?", "sh-market-no-penalty": "?", "road-minor-exemption": "?",
}
KINDS = {"no-penalty": "不予处罚", "mitigated": "减轻处罚", "lighter": "从轻处罚", "no-coercion": "不予实施行政强制措施"}

def top(text, key):
    m = re.search(rf"^{key}:\s*(.*)$", text, re.M)
    return m.group(1).strip().strip('"') if m else ""

rows, total = [], 0
for path in sorted(glob.glob("rules/**/*.yaml", recursive=True)):
    if path.endswith(".test.yaml"):
        continue
    for doc in open(path, encoding="utf-8").read().split("\n---\n"):
        if top(doc, "kind") != "list":
            continue
        lid = top(doc, "id")
        items = len(re.findall(r"^  - id: ", doc, re.M))
        total += items
        span = f"{top(doc, 'effective')} – {top(doc, 'expires')}".rstrip()
        rows.append(f"| `{lid}` | {KINDS.get(top(doc, 'list_kind'), top(doc, 'list_kind'))} | {top(doc, 'issuer')}: {top(doc, 'document')} "
                    f"| {items} / {PUBLISHED.get(lid, '?')} | {span} | {top(doc, 'region') or '全国'} | `{path}` |")
print("| List | Kind | Source document | Items (modelled / published) | In force | Region | File |")
print("|---|---|---|---|---|---|---|")
print("\n".join(rows))
print(f"\n{len(rows)} lists, {total} items.", file=sys.stderr)
