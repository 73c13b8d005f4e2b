#!/usr/bin/env python3
"""Generates audit inputs from the shipped rules (rules/), with a fixed seed.

  generate.py bulk [OUT_DIR]          examples/bulk: a few hundred mixed cases and inspections (YAML, JSON Lines,
                                      CSV) with deliberately planted problems, and planted.yaml listing each one.
  generate.py synthetic N OUT.jsonl   N schema-valid synthetic cases as JSON Lines, for the benchmark.

Every case uses real violation codes and facts from rules/violations/*.yaml and rules/facts.yaml. All boolean facts
are given (false unless a scenario sets them) so that the engine can decide every case.
"""
import json
import os
import random
import sys

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RULES = os.path.join(ROOT, "rules")
SEED = 20250301

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(n):
    """A 统一社会信用代码 with a valid check character (GB 32100-2015), unique per n."""
    body = "913601" + "00" + "".join(USCC_CHARS[(n // (31 ** k)) % 31] for k in range(8)) + "X"
    body = body[:17]
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(body, USCC_WEIGHTS))
    check = (31 - total % 31) % 31
    return body + USCC_CHARS[check]


def boolean_facts():
    with open(os.path.join(RULES, "facts.yaml"), encoding="utf-8") as f:
        doc = yaml.safe_load(f)
    return [fact["name"] for fact in doc["facts"] if fact["type"] == "boolean"]


def violation_codes():
    codes = set()
    folder = os.path.join(RULES, "violations")
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            for doc in yaml.safe_load_all(f):
                for v in doc.get("violations", []):
                    codes.add(v["code"])
    return codes


BOOLEANS = boolean_facts()
CODES = violation_codes()
for needed in ["MKT-DJ-43", "TAX-ZG-60-1-4"]:
    assert needed in CODES, f"rules/ lost violation {needed}"

OFFICERS = [("张伟", "36010010001"), ("王芳", "36010010002"), ("李娜", "36010010003"), ("刘洋", "36010010004"),
            ("陈静", "36010010005"), ("杨磊", "36010010006"), ("赵敏", "36010010007"), ("黄强", "36010010008")]
EXPIRED_OFFICER = ("周杰", "36010010099")  # certificate expired 2024-12-31
MARKET_AGENCIES = ["南昌市东湖区市场监督管理局", "南昌市西湖区市场监督管理局", "南昌市青山湖区市场监督管理局"]
TAX_AGENCY = "国家税务总局南昌市东湖区税务局"
OTHER_AGENCIES = ["南昌市生态环境局", "南昌市应急管理局", "南昌市消防救援支队"]


def facts(**set_true):
    values = {name: False for name in BOOLEANS}
    values.update(set_true)
    return values


def officers(i, count=2):
    picked = [OFFICERS[(i + k) % len(OFFICERS)] for k in range(count)]
    return [{"name": n, "certificate": c} for n, c in picked]


def market_case(i, fine, **over):
    """A clean MKT-DJ-43 case in the standard tier (statutory 1万–10万, standard band 3.7万–7.3万)."""
    case = {
        "id": f"洪市监罚〔2025〕{i:04d}号",
        "agency": MARKET_AGENCIES[i % len(MARKET_AGENCIES)],
        "region": "南昌市",
        "officers": officers(i),
        "party": {"name": f"南昌某商贸有限公司{i:04d}", "type": "enterprise", "credit_code": uscc(10000 + i)},
        "violation": "MKT-DJ-43",
        "dates": {"act": "2025-03-03", "discovered": "2025-03-10", "filed": "2025-03-11", "decided": "2025-04-15"},
        "facts": facts(licensed_category=True) | {"duration_days": 60},
        "prior_violations": [],
        "decision": {"outcome": "standard", "fine": fine, "penalty_kinds": ["fine"], "legal_review": True,
                     "education": False, "published": "2025-04-17"},
    }
    for key, value in over.items():
        if key in ("facts", "dates", "decision"):
            case[key] = case[key] | value
        else:
            case[key] = value
    return case


def tax_case(i, **over):
    """A clean 首违不罚 exemption of TAX-ZG-60-1-4 under 国家税务总局公告2021年第6号 item 01."""
    case = {
        "id": f"洪税罚〔2025〕{i:04d}号",
        "agency": TAX_AGENCY,
        "region": "南昌市",
        "officers": officers(i),
        "party": {"name": f"南昌某科技有限公司{i:04d}", "type": "enterprise", "credit_code": uscc(20000 + i)},
        "violation": "TAX-ZG-60-1-4",
        "dates": {"act": "2025-05-06", "discovered": "2025-05-12", "filed": "2025-05-13", "decided": "2025-05-20"},
        "facts": facts(harm_minor=True, corrected_within_deadline=True),
        "prior_violations": [],
        "decision": {"outcome": "no-penalty", "fine": 0, "education": True, "commitment": True,
                     "first_offence_claimed": True, "list": "cn-tax-2021-6", "item": "cn-tax-2021-6-01",
                     "published": "2025-05-22",
                     # 33号: a written 不予行政处罚决定; 行政处罚法 Art. 28: 责令改正 (A408 checks them).
                     "follow_ups": ["education", "commitment", "written_decision", "rectify"]},
    }
    for key, value in over.items():
        if key in ("facts", "dates", "decision"):
            case[key] = case[key] | value
        else:
            case[key] = value
    return case


def inspection(i, day, **over):
    record = {"id": f"JC-2025-{i:04d}", "enterprise": uscc(30000 + i), "enterprise_name": f"南昌某制造有限公司{i:04d}",
              "agency": OTHER_AGENCIES[i % len(OTHER_AGENCIES)], "region": "南昌市", "date": day,
              "reason": "routine", "registered": True, "officers": officers(i)}
    record.update(over)
    return record


def mad_flags(fines):
    """Which fines the audit's 类案不同罚 rule flags (exact, same arithmetic as the Swift code)."""
    if len(fines) < 5:
        return set()
    s = sorted(fines)
    n = len(s)
    m2 = 2 * s[n // 2] if n % 2 else s[n // 2 - 1] + s[n // 2]
    d = sorted(abs(2 * f - m2) for f in fines)
    mad4 = 2 * d[n // 2] if n % 2 else d[n // 2 - 1] + d[n // 2]
    flagged = set()
    for idx, f in enumerate(fines):
        dev2 = abs(2 * f - m2)
        over = dev2 * 20000 > 44478 * mad4 if mad4 > 0 else 2 * dev2 > m2
        if over:
            flagged.add(idx)
    return flagged


def bulk(out):
    random.seed(SEED)
    planted = []
    market, tax, csv_cases, inspections_jsonl, inspections_yaml = [], [], [], [], []

    # Clean market cases: fines cycle through 4.5万–6.0万 (inside the standard band).
    for i in range(1, 151):
        market.append(market_case(i, 45000 + 500 * ((i * 7) % 31)))
    # Clean tax exemptions, each a different party's first offence.
    for i in range(1, 61):
        tax.append(tax_case(i))
    # Clean market cases exported as CSV.
    for i in range(151, 191):
        csv_cases.append(market_case(i, 45000 + 500 * ((i * 7) % 31)))

    def plant(code, subject, kind="case"):
        planted.append({"code": code, kind: subject})

    # A101: eligible for the mandatory 首违不罚 item, fined anyway.
    c = tax_case(101, decision={"outcome": "standard", "fine": 500, "penalty_kinds": ["fine"], "education": False,
                                "first_offence_claimed": False, "list": None, "item": None})
    c["decision"] = {k: v for k, v in c["decision"].items() if v is not None}
    tax.append(c); plant("A101", c["id"])
    # A102: exempted although the exclusion (较大社会影响) holds.
    c = tax_case(102, facts={"large_social_impact": True}); tax.append(c); plant("A102", c["id"])
    # A102 + A103 + A105: exempted citing the county list before it took effect (and no item applies); the list was
    # issued in an unconfirmed county, not in 南昌市, so citing it for a 南昌市 case is also A105.
    c = market_case(103, 0, dates={"act": "2024-05-06", "discovered": "2024-05-10", "filed": "2024-05-11", "decided": "2024-06-03"},
                    decision={"outcome": "no-penalty", "fine": 0, "penalty_kinds": [], "education": True,
                              "list": "local-market-first-offence-2024", "item": "local-market-first-offence-2024-01",
                              "published": "2024-06-05"})
    market.append(c); plant("A102", c["id"]); plant("A103", c["id"]); plant("A105", c["id"])
    # A201: first offence claimed while the corpus holds the same party's earlier TAX-ZG-60-1-4 case.
    earlier = tax_case(201, dates={"act": "2023-08-01", "discovered": "2023-08-07", "filed": "2023-08-08", "decided": "2023-08-15"},
                       facts={"harm_minor": False},
                       decision={"outcome": "standard", "fine": 600, "penalty_kinds": ["fine"], "education": False,
                                 "first_offence_claimed": False, "published": "2023-08-17"})
    earlier["decision"] = {k: v for k, v in earlier["decision"].items() if k not in ("list", "item", "commitment")}
    earlier["id"] = "洪税罚〔2023〕0201号"
    claim = tax_case(202)
    claim["party"] = earlier["party"]
    tax.append(earlier); tax.append(claim); plant("A201", claim["id"])
    # A301: standard tier, fine in the lighter band.
    c = market_case(301, 36000); market.append(c); plant("A301", c["id"])
    # A302: heavier tier (较大社会影响), fine above the statutory maximum of 10万.
    c = market_case(302, 120000, facts={"large_social_impact": True}, decision={"outcome": "heavier"})
    market.append(c); plant("A302", c["id"])
    # A303: 减轻 below the statutory minimum without any ground.
    c = market_case(303, 5000, decision={"outcome": "mitigated", "legal_review": False}); market.append(c); plant("A303", c["id"])
    # A304: recorded 从轻 although the facts imply the standard tier.
    c = market_case(304, 20000, decision={"outcome": "lighter", "legal_review": False}); market.append(c); plant("A304", c["id"])
    # A401: one officer.
    c = market_case(401, 50000, officers=officers(401, 1)); csv_cases.append(c); plant("A401", c["id"])
    # A402: an officer whose certificate expired before the decision.
    c = market_case(402, 50000, officers=[{"name": OFFICERS[0][0], "certificate": OFFICERS[0][1]},
                                          {"name": EXPIRED_OFFICER[0], "certificate": EXPIRED_OFFICER[1]}])
    market.append(c); plant("A402", c["id"])
    # A403: decided 103 days after 立案.
    c = market_case(403, 50000, dates={"act": "2024-12-20", "discovered": "2024-12-30", "filed": "2025-01-02", "decided": "2025-04-15"}); market.append(c); plant("A403", c["id"])
    # A404: published 12 working days after the decision (7 allowed).
    c = market_case(404, 50000, decision={"published": "2025-05-06"}); market.append(c); plant("A404", c["id"])
    # A405: fine ≥ 5万 without 法制审核.
    c = market_case(405, 55000, decision={"legal_review": False}); csv_cases.append(c); plant("A405", c["id"])
    # A406: no-penalty decision without education.
    c = tax_case(406, decision={"education": False, "follow_ups": ["commitment", "written_decision", "rectify"]})
    tax.append(c); plant("A406", c["id"])
    # A408: 首违不罚 granted without the written 不予行政处罚决定 that 国家税务总局公告2021年第33号 requires.
    c = tax_case(408, decision={"follow_ups": ["education", "commitment", "rectify"]}); tax.append(c); plant("A408", c["id"])
    # A407: penalised although discovered more than two years after the act.
    c = market_case(407, 50000, dates={"act": "2021-01-10", "discovered": "2024-03-01", "filed": "2024-03-02", "decided": "2024-04-15"},
                    decision={"published": "2024-04-17"})
    market.append(c); plant("A407", c["id"])
    # A601: an outlier among the similar standard-tier market cases (inside the band, so not A301).
    c = market_case(601, 72500); market.append(c); plant("A601", c["id"])

    # ── The procedure a case file records (issue 12): clean examples and one planted fault per check ──
    def fine_for(i):
        return 45000 + 500 * ((i * 7) % 31)

    def procedure(**over):
        """A complete, correct 普通程序 record for a market case decided 2025-04-15 (告知 Monday 03-31, hearing right
        given, statement on 04-02, 法制审核 on 04-10 by a named reviewer, an investigation by two officers)."""
        p = {"kind": "ordinary", "notified": "2025-03-31", "hearing_rights": True, "statement_received": "2025-04-02",
             "legal_review": "2025-04-10", "legal_reviewer": "孙丽",
             "investigations": [{"date": "2025-03-12", "officers": officers(3)}]}
        p.update(over)
        return p

    def seizure(**over):
        m = {"kind": "seizure", "decided": "2025-03-11", "executed": "2025-03-11", "ended": "2025-04-08", "notified": True}
        m.update(over)
        return m

    # Clean: complete procedure, payment on time, a seizure ended within its 30 days, an act identity of its own.
    for i in range(701, 711):
        c = market_case(i, fine_for(i), procedure=procedure(), act_id=f"洪违〔2025〕{i:04d}",
                        coercive_measures=[seizure()] if i % 2 else [],
                        payment={"due": "2025-04-30", "paid": "2025-04-28"})
        c["decision"]["coercion"] = "allowed"
        market.append(c)
    # Clean: the no-coercion lists applied (不予实施行政强制措施), no measure taken.
    for i in range(711, 716):
        c = market_case(i, fine_for(i), coercive_measures=[])
        c["decision"]["coercion"] = "refrain"
        market.append(c)
    # Clean, in the CSV export: the same procedure fields through the CSV columns.
    c = market_case(716, fine_for(716), procedure=procedure(), act_id="洪违〔2025〕0716", coercive_measures=[seizure()],
                    payment={"due": "2025-04-30", "paid": "2025-04-30"})
    c["decision"]["coercion"] = "allowed"
    csv_cases.append(c)

    # A401 at an investigation: one officer present.
    c = market_case(408, fine_for(408), procedure=procedure(investigations=[{"date": "2025-03-12", "officers": officers(408, 1)}]))
    market.append(c); plant("A401", c["id"])
    # A402 at an investigation: an officer whose certificate had expired (valid until 2024-12-31) was present.
    c = market_case(409, fine_for(409), procedure=procedure(investigations=[{"date": "2025-03-12", "officers": [
        {"name": OFFICERS[1][0], "certificate": OFFICERS[1][1]}, {"name": EXPIRED_OFFICER[0], "certificate": EXPIRED_OFFICER[1]}]}]))
    market.append(c); plant("A402", c["id"])
    # A410: a 5万 fine on an enterprise in the summary procedure (当场处罚: at most 3000 yuan, 行政处罚法 Art. 51).
    c = market_case(410, fine_for(410), procedure=procedure(kind="summary", certificate_shown=True, numbered_form=True,
                                                            delivered_on_spot=True, reported=True))
    market.append(c); plant("A410", c["id"])
    # A411: a summary tax fine of 500 yuan (within the ceiling) not handed to the party on the spot (Art. 52).
    c = tax_case(411, facts={"harm_minor": False},
                 decision={"outcome": "standard", "fine": 500, "penalty_kinds": ["fine"], "education": False,
                           "first_offence_claimed": False},
                 procedure={"kind": "summary", "notified": "2025-05-20", "certificate_shown": True, "numbered_form": True,
                            "delivered_on_spot": False, "reported": True})
    c["decision"] = {k: v for k, v in c["decision"].items() if k not in ("list", "item", "commitment")}
    tax.append(c); plant("A411", c["id"])
    # A412: the file records that no 告知 was given (in the CSV export).
    c = market_case(412, fine_for(412), procedure=procedure(notified=False))
    csv_cases.append(c); plant("A412", c["id"])
    # A413: 告知 on Friday 2025-04-11 with the right to a hearing; decided 04-15, inside the 5 working days (to 04-18).
    c = market_case(413, fine_for(413), procedure=procedure(notified="2025-04-11", statement_received="2025-04-14"))
    market.append(c); plant("A413", c["id"])
    # A414: a 10万 fine on an enterprise reaches Jiangxi's 较大数额 (policy data: 100000), but the 告知 left out the hearing.
    c = market_case(414, 100000, facts={"large_social_impact": True}, decision={"outcome": "heavier"},
                    procedure=procedure(hearing_rights=False))
    market.append(c); plant("A414", c["id"])
    # A415: 法制审核 dated the day after the decision.
    c = market_case(415, fine_for(415), procedure=procedure(legal_review="2025-04-16"))
    market.append(c); plant("A415", c["id"])
    # A416: a 法制审核 that names no reviewer.
    p416 = procedure()
    del p416["legal_reviewer"]
    c = market_case(416, fine_for(416), procedure=p416)
    market.append(c); plant("A416", c["id"])
    # A701: the file records the decision to refrain (不予实施行政强制措施), yet goods were seized.
    c = market_case(751, fine_for(751), coercive_measures=[seizure()])
    c["decision"]["coercion"] = "refrain"
    market.append(c); plant("A701", c["id"])
    # A702: a seizure of 2025-03-11 ended 2025-05-20 without an extension (30 days: last day 2025-04-10).
    c = market_case(752, fine_for(752), coercive_measures=[seizure(ended="2025-05-20")])
    market.append(c); plant("A702", c["id"])
    # A703: a seizure without a decision document.
    c = market_case(753, fine_for(753), coercive_measures=[seizure(decided=False)])
    market.append(c); plant("A703", c["id"])
    # A704: a seizure the party was not notified of.
    c = market_case(754, fine_for(754), coercive_measures=[seizure(notified=False)])
    market.append(c); plant("A704", c["id"])
    # A801: the same act of one party fined by two agencies; the later fine is the finding.
    first = market_case(800, fine_for(800), act_id="洪违〔2025〕0800")
    second = market_case(801, fine_for(801), act_id="洪违〔2025〕0800", dates={"decided": "2025-04-20"},
                         decision={"published": "2025-04-22"})
    second["party"] = first["party"]
    market.append(first); market.append(second); plant("A801", second["id"])
    # A802: 加处罚款 above the fine itself (行政处罚法 Art. 72: 不得超出罚款的数额).
    c = market_case(802, 50000, payment={"due": "2025-05-05", "paid": "2025-08-20", "surcharge": 60000, "surcharge_from": "2025-05-06"})
    market.append(c); plant("A802", c["id"])
    # A803: 加处罚款 charged from the due date itself.
    c = market_case(803, 50000, payment={"due": "2025-05-05", "paid": "2025-05-10", "surcharge": 7500, "surcharge_from": "2025-05-05"})
    market.append(c); plant("A803", c["id"])
    # A601 in a small group: three 未按期申报 cases in the 一般 tier (400–1200 yuan); 1200 lies more than 50% above the median 600.
    for k, fine in enumerate([500, 600, 1200]):
        c = tax_case(611 + k, facts={"harm_minor": False},
                     decision={"outcome": "standard", "fine": fine, "penalty_kinds": ["fine"], "education": False,
                               "first_offence_claimed": False})
        c["violation"] = "TAX-ZG-62-TP"
        c["decision"] = {k2: v for k2, v in c["decision"].items() if k2 not in ("list", "item", "commitment")}
        tax.append(c)
    plant("A601", "洪税罚〔2025〕0613号")

    # Check the 类案不同罚 arithmetic: exactly the planted outlier is flagged in the standard group.
    standard_group = [x for x in market + csv_cases
                      if x["decision"]["outcome"] == "standard" and x["decision"]["fine"] > 0
                      and x["id"] not in {p.get("case") for p in planted if p["code"] in ("A101", "A407")}
                      and 10000 <= x["decision"]["fine"] <= 100000]
    flagged = {standard_group[k]["id"] for k in mad_flags([x["decision"]["fine"] for x in standard_group])}
    assert flagged == {f"洪市监罚〔2025〕0601号"}, flagged

    # Inspections: clean ones on days 21–28, each of a different enterprise.
    for i in range(1, 101):
        record = inspection(i, f"2025-{1 + i % 12:02d}-{21 + i % 8:02d}")
        (inspections_jsonl if i % 2 else inspections_yaml).append(record)
    # A501: routine inspection on a quiet day; an allowed reason on a quiet day is clean.
    r = inspection(501, "2025-06-10"); inspections_jsonl.append(r); plant("A501", r["id"], "inspection")
    inspections_jsonl.append(inspection(502, "2025-06-11", reason="complaint"))
    # A502: a third inspection of one enterprise by one agency in a year.
    for k, day in enumerate(["2025-02-24", "2025-05-26", "2025-09-22"]):
        r = inspection(510 + k, day, enterprise=uscc(39999), agency=OTHER_AGENCIES[0])
        inspections_yaml.append(r)
    plant("A502", "JC-2025-0512", "inspection")
    # A503: two agencies inspect one enterprise five days apart, separately; a joint pair is clean.
    inspections_jsonl.append(inspection(520, "2025-07-21", enterprise=uscc(39998), agency=OTHER_AGENCIES[1]))
    inspections_jsonl.append(inspection(521, "2025-07-26", enterprise=uscc(39998), agency=OTHER_AGENCIES[2]))
    plant("A503", "JC-2025-0521", "inspection")
    inspections_jsonl.append(inspection(522, "2025-08-21", enterprise=uscc(39997), agency=OTHER_AGENCIES[1], joint=True))
    inspections_jsonl.append(inspection(523, "2025-08-22", enterprise=uscc(39997), agency=OTHER_AGENCIES[2], joint=True))
    # A505: an inspection by one officer (行政处罚法 Art. 42: 不得少于两人; Jiangxi policy officers_min).
    r = inspection(540, "2025-11-24", officers=officers(540, 1)); inspections_jsonl.append(r); plant("A505", r["id"], "inspection")
    # A506: an inspection carried out by a third party (国办发〔2024〕54号); one by the agency itself is clean.
    r = inspection(541, "2025-11-25", performed_by="third_party"); inspections_yaml.append(r); plant("A506", r["id"], "inspection")
    inspections_jsonl.append(inspection(542, "2025-11-26", performed_by="agency"))
    # A504: not registered.
    r = inspection(530, "2025-10-27", registered=False); inspections_yaml.append(r); plant("A504", r["id"], "inspection")

    os.makedirs(os.path.join(out, "cases", "tax"), exist_ok=True)
    os.makedirs(os.path.join(out, "inspections"), exist_ok=True)
    with open(os.path.join(out, "cases", "market.jsonl"), "w", encoding="utf-8") as f:
        for case in market:
            f.write(json.dumps(case, ensure_ascii=False, separators=(",", ":")) + "\n")
    for start in range(0, len(tax), 20):
        with open(os.path.join(out, "cases", "tax", f"tax-{start // 20 + 1:02d}.yaml"), "w", encoding="utf-8") as f:
            f.write("# Generated by Benchmarks/generate.py (fixed seed); do not edit by hand.\n")
            f.write(yaml.safe_dump_all(tax[start:start + 20], allow_unicode=True, sort_keys=False))
    write_csv(os.path.join(out, "cases", "export.csv"), csv_cases)
    with open(os.path.join(out, "inspections", "inspections.jsonl"), "w", encoding="utf-8") as f:
        for r in inspections_jsonl:
            f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
    with open(os.path.join(out, "inspections", "inspections.yaml"), "w", encoding="utf-8") as f:
        f.write("# Generated by Benchmarks/generate.py (fixed seed); do not edit by hand.\n")
        f.write(yaml.safe_dump({"inspections": inspections_yaml}, allow_unicode=True, sort_keys=False))
    with open(os.path.join(out, "certificates.csv"), "w", encoding="utf-8") as f:
        f.write("number,name,valid_from,valid_to\n")
        for name, number in OFFICERS:
            f.write(f"{number},{name},2020-01-01,2029-12-31\n")
        f.write(f"{EXPIRED_OFFICER[1]},{EXPIRED_OFFICER[0]},2020-01-01,2024-12-31\n")
    planted.sort(key=lambda p: (p["code"], p.get("case", p.get("inspection"))))
    with open(os.path.join(out, "planted.yaml"), "w", encoding="utf-8") as f:
        f.write("# Findings deliberately planted by Benchmarks/generate.py: the audit of examples/bulk must report\n")
        f.write("# exactly these (code + case or inspection id), no more and no fewer.\n")
        f.write("# Run: leniency audit examples/bulk   (files are recognised by content; this file is reported once and skipped)\n")
        f.write(yaml.safe_dump({"planted": planted}, allow_unicode=True, sort_keys=False))
    print(f"wrote {len(market) + len(tax) + len(csv_cases)} cases, "
          f"{len(inspections_jsonl) + len(inspections_yaml)} inspections, {len(planted)} planted findings to {out}")


CSV_COLUMNS = ["id", "agency", "region", "officers", "party.name", "party.type", "party.credit_code", "violation",
               "dates.act", "dates.discovered", "dates.filed", "dates.decided", "prior_violations",
               "decision.outcome", "decision.fine", "decision.penalty_kinds", "decision.legal_review",
               "decision.education", "decision.published", "decision.coercion", "act_id", "procedure.kind",
               "procedure.notified", "procedure.hearing_rights", "procedure.statement_received", "procedure.legal_review",
               "procedure.legal_reviewer", "procedure.investigations", "coercive_measures", "payment.due", "payment.paid"]


def csv_text(value):
    """A value as the CSV columns write it: booleans as true/false, absent as empty."""
    if value is None:
        return ""
    if value is True or value is False:
        return "true" if value else "false"
    return str(value)


def procedure_cells(c):
    """The procedure columns of a case (docs/AUDIT.md: investigations `date@name:cert、…; …`, measures `key=value, …; …`)."""
    p = c.get("procedure", {})
    investigations = "; ".join(
        inv["date"] + ("@" + "、".join(f'{o["name"]}:{o["certificate"]}' for o in inv["officers"]) if inv.get("officers") else "")
        for inv in p.get("investigations", []))
    measures = c.get("coercive_measures")
    measure_text = "" if measures is None else "none" if measures == [] else "; ".join(
        ", ".join(f"{k}={csv_text(v)}" for k, v in m.items()) for m in measures)
    pay = c.get("payment", {})
    return [csv_text(c["decision"].get("coercion")), csv_text(c.get("act_id")), csv_text(p.get("kind")),
            csv_text(p.get("notified")), csv_text(p.get("hearing_rights")), csv_text(p.get("statement_received")),
            csv_text(p.get("legal_review")), csv_text(p.get("legal_reviewer")), investigations, measure_text,
            csv_text(pay.get("due")), csv_text(pay.get("paid"))]


def write_csv(path, cases):
    fact_names = sorted(cases[0]["facts"].keys())
    header = CSV_COLUMNS + [f"facts.{n}" for n in fact_names]

    def cell(value):
        text = value if isinstance(value, str) else json.dumps(value)
        if any(ch in text for ch in ',"\n\r'):
            text = '"' + text.replace('"', '""') + '"'
        return text

    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(",".join(header) + "\r\n")
        for c in cases:
            d = c["decision"]
            row = [c["id"], c["agency"], c["region"], ";".join(f'{o["name"]}:{o["certificate"]}' for o in c["officers"]),
                   c["party"]["name"], c["party"]["type"], c["party"]["credit_code"], c["violation"],
                   c["dates"]["act"], c["dates"]["discovered"], c["dates"]["filed"], c["dates"]["decided"],
                   "none" if c["prior_violations"] == [] else "",
                   d["outcome"], str(d["fine"]), ";".join(d.get("penalty_kinds", [])),
                   "true" if d.get("legal_review") else "false", "true" if d.get("education") else "false",
                   d.get("published", "")] + procedure_cells(c)
            row += ["true" if c["facts"][n] is True else "false" if c["facts"][n] is False else str(c["facts"][n])
                    for n in fact_names]
            f.write(",".join(cell(x) for x in row) + "\r\n")


# The facts a real file records for these violations: those the general part (行政处罚法 Art. 30–33), the lists, the
# standards, the limitation periods and the policy read for them (a case file does not list ~90 unrelated facts).
REALISTIC_FACTS = ["mental_incapacity", "mental_capacity_reduced", "eliminated_harm", "coerced_or_induced",
                   "confessed_unknown_violation", "meritorious_service", "other_statutory_mitigation", "minor_violation",
                   "no_harm", "harm_minor", "corrected_in_time", "corrected_before_discovery", "corrected_within_deadline",
                   "no_fault_proven", "harm_life_health", "harm_financial_security", "irreparable_tax_loss",
                   "large_social_impact", "major_public_interest", "hearing_held", "complex_case", "licensed_category",
                   "duration_days"]


def synthetic(n, path):
    """N schema-valid cases, a realistic mix: market penalties with spread fines and tax first-offence exemptions."""
    rng = random.Random(SEED)
    missing = [name for name in REALISTIC_FACTS if name != "duration_days" and name not in BOOLEANS]
    assert not missing, f"rules/facts.yaml lost {missing}"
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            if rng.random() < 0.6:
                case = market_case(i % 10000, 40000 + 100 * rng.randrange(300))
                case["id"] = f"洪市监罚〔2025〕{i:07d}号"
                case["party"] = {"name": f"南昌某商贸有限公司{i:07d}", "type": "enterprise", "credit_code": uscc(i % 5_000_000)}
            else:
                case = tax_case(i % 10000)
                case["id"] = f"洪税罚〔2025〕{i:07d}号"
                case["party"] = {"name": f"南昌某科技有限公司{i:07d}", "type": "enterprise",
                                 "credit_code": uscc(5_000_000 + i % 5_000_000)}
            case["facts"] = {k: v for k, v in case["facts"].items() if k in REALISTIC_FACTS}
            f.write(json.dumps(case, ensure_ascii=False, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "bulk":
        bulk(sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "examples", "bulk"))
    elif len(sys.argv) == 4 and sys.argv[1] == "synthetic":
        synthetic(int(sys.argv[2]), sys.argv[3])
    else:
        sys.exit(__doc__)
