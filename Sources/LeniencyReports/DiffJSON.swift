import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import LeniencyDiff
import LeniencyEngine

/// The diff as JSON (docs/DIFF.md): keys sorted, witness cases in the case format so that they can be fed to `check`.
enum DiffJSON {
    static func render(_ report: DiffReport) -> String {
        var out = ""
        object(report).write(to: &out, indent: 0)
        return out + "\n"
    }

    static func object(_ report: DiffReport) -> DecisionJSONValue {
        var fields: [String: DecisionJSONValue] = [
            "old": .string(report.diff.oldLabel),
            "new": .string(report.diff.newLabel),
            "decisionsChange": .bool(report.decisionsChange),
            "documents": .array(report.diff.documents.map(document)),
        ]
        fields["replay"] = report.replay.map(replay) ?? .null
        return .object(fields)
    }

    static func document(_ d: DocumentDiff) -> DecisionJSONValue {
        .object(["kind": .string(d.kind.rawValue), "id": .string(d.id), "title": .string(d.title), "document": .string(d.document),
                 "changes": .array(d.changes.map(change))])
    }

    static func change(_ c: DiffChange) -> DecisionJSONValue {
        .object([
            "kind": .string(c.kind.rawValue),
            "canChangeDecisions": .bool(c.kind.canChangeDecisions),
            "version": c.version.map { .string($0.description) } ?? .null,
            "subject": c.subject.map(DecisionJSONValue.string) ?? .null,
            "field": c.field.map(DecisionJSONValue.string) ?? .null,
            "old": c.old.map(value) ?? .null,
            "new": c.new.map(value) ?? .null,
            "verdict": c.verdict.map { .string($0.rawValue) } ?? .null,
            "file": c.location.map { .string($0.file) } ?? .null,
            "line": c.location.map { .number(String($0.start.line)) } ?? .null,
            "witnesses": .array(c.witnesses.map(witness)),
        ])
    }

    static func value(_ v: DiffValue) -> DecisionJSONValue {
        switch v {
        case .text(let t): .string(t)
        case .date(let d): d.map { .string($0.description) } ?? .null
        case .mandatory(let m): .bool(m)
        case .outcome(let o): o.map { .string($0.rawValue) } ?? .null
        case .firstOffence(let rule): .object(["window": .string(rule.window.rawValue), "sameKind": .string(rule.sameKind.rawValue)])
        case .followUp(let f): followUp(f)
        case .items(let items): .array(items.map(DecisionJSONValue.string))
        case .conditions(let all, let except): .object(["all": .array(all.map(condition)), "except": .array(except.map(condition))])
        }
    }

    static func condition(_ c: ConditionText) -> DecisionJSONValue {
        .object(["when": .string(c.source), "label": c.label.map(DecisionJSONValue.string) ?? .null])
    }

    static func followUp(_ f: FollowUp) -> DecisionJSONValue {
        .object(["education": .bool(f.education), "commitment": .bool(f.commitment),
                 "rectifyDays": f.rectifyDays.map { .number(String($0)) } ?? .null])
    }

    static func witness(_ w: Witness) -> DecisionJSONValue {
        .object(["side": .string(w.side.rawValue), "verified": .bool(w.verified), "changes": .array(w.changes.map { .string($0.rawValue) }),
                 "case": caseObject(w.record), "old": decision(w.old), "new": decision(w.new)])
    }

    /// A case in the case format (docs/CASE-FORMAT.md): `leniency check` reads it as a JSON case file.
    static func caseObject(_ r: CaseRecord) -> DecisionJSONValue {
        var party: [String: DecisionJSONValue] = ["name": .string(r.party.name), "type": .string(r.party.type.rawValue)]
        if let age = r.party.age { party["age"] = .number(String(age)) }
        var dates: [String: DecisionJSONValue] = ["act": .string(r.dates.act.description)]
        if let d = r.dates.discovered { dates["discovered"] = .string(d.description) }
        if let d = r.dates.decided { dates["decided"] = .string(d.description) }
        var fields: [String: DecisionJSONValue] = [
            "id": .string(r.id), "agency": .string(r.agency), "party": .object(party), "violation": .string(r.violation),
            "dates": .object(dates), "facts": .object(r.facts.mapValues(DecisionJSON.fact)),
        ]
        if let gains = r.illegalGains { fields["illegal_gains"] = .string(gains.yuanString) }
        if let goods = r.goodsValue { fields["goods_value"] = .string(goods.yuanString) }
        if let priors = r.priorViolations {
            fields["prior_violations"] = .array(priors.map { .object(["violation": .string($0.violation), "date": .string($0.date.description)]) })
        }
        return .object(fields)
    }

    static func decision(_ d: DecisionSummary) -> DecisionJSONValue {
        .object([
            "outcome": .string(d.outcome.rawValue),
            "mandatory": .bool(d.mandatory),
            "list": d.decidedBy.map { .object(["id": .string($0.list.listID), "version": .string($0.list.effective.description),
                                               "document": .string($0.list.document)]) } ?? .null,
            "item": d.decidedBy.map { .string($0.itemID) } ?? .null,
            "fine": d.fine.map(DecisionJSON.fine) ?? .null,
            "followUp": followUp(d.followUp),
            "coercion": d.coercion.map { status in
                .object(["status": .string(status.rawValue), "mandatory": .bool(d.coercionMandatory),
                         "item": d.coercionItem.map { .string($0.itemID) } ?? .null])
            } ?? .null,
            "missing": .array(d.missing.map(DecisionJSONValue.string)),
            "timeBarred": d.timeBarred.map(DecisionJSONValue.bool) ?? .null,
        ])
    }

    static func replay(_ r: ReplayReport) -> DecisionJSONValue {
        let s = r.summary
        var byKind: [String: DecisionJSONValue] = [:]
        for kind in DecisionChangeKind.allCases { byKind[kind.rawValue] = .number(String(s.byKind[kind] ?? 0)) }
        return .object([
            "cases": .number(String(s.cases)), "changed": .number(String(s.changed)), "byKind": .object(byKind),
            "moreLenient": .number(String(s.moreLenient)), "harsher": .number(String(s.harsher)), "art37": .number(String(s.art37)),
            "listed": .array(r.cases.map(replayed)), "unlisted": .number(String(r.unlisted)),
        ])
    }

    static func replayed(_ c: ReplayedCase) -> DecisionJSONValue {
        .object([
            "case": .string(c.caseID), "file": .string(c.location.file), "line": .number(String(c.location.start.line)),
            "act": .string(c.act.description), "decided": c.decided.map { .string($0.description) } ?? .null,
            "changes": .array(c.changes.map { .string($0.rawValue) }), "old": decision(c.old), "new": decision(c.new),
            "moreLenient": .bool(c.moreLenient), "harsher": .bool(c.harsher),
            "art37Since": c.art37Since.map { .string($0.description) } ?? .null,
        ])
    }
}
