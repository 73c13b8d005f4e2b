public import LeniencyEngine
import LeniencyCatalog
import LeniencyCore

/// Renders decisions as stable JSON (documented in docs/CHECK-OUTPUT.md): keys sorted, money as yuan strings.
public enum DecisionJSON {
    /// One decision as a JSON object, or several as an array; pretty-printed, ending in a newline.
    public static func render(_ decisions: [Decision], asArray: Bool? = nil) -> String {
        let value: DecisionJSONValue = (asArray ?? (decisions.count != 1)) ? .array(decisions.map(object)) : object(decisions[0])
        var out = ""
        value.write(to: &out, indent: 0)
        return out + "\n"
    }

    /// One decision as one line of JSON Lines (`--format jsonl`): the object of `render`, without line breaks.
    public static func line(_ decision: Decision) -> String {
        var out = ""
        object(decision).writeCompact(to: &out)
        return out + "\n"
    }

    /// One element of an array printed a decision at a time, after `arrayStart` or `arraySeparator`: together
    /// exactly the text `render` gives the whole array.
    public static func arrayItem(_ decision: Decision) -> String {
        var out = ""
        object(decision).write(to: &out, indent: 2)
        return out
    }

    /// What precedes the first `arrayItem`.
    public static let arrayStart = "[\n  "
    /// What precedes every later `arrayItem`.
    public static let arraySeparator = ",\n  "

    /// The end of an array printed with `arrayItem` (`empty` when no element was printed).
    public static func arrayEnd(empty: Bool) -> String { empty ? "[]\n" : "\n]\n" }

    /// One decision as a JSON value.
    public static func object(_ d: Decision) -> DecisionJSONValue {
        .object([
            "case": .string(d.caseID),
            "outcome": .string(d.outcome.rawValue),
            "mandatory": .bool(d.mandatory),
            "alsoAllows": .array(d.alsoAllows.map { .string($0.rawValue) }),
            "list": d.decidedBy.map { ref in
                .object(["id": .string(ref.list.listID), "version": .string(ref.list.effective.description),
                         "document": .string(ref.list.document), "title": .string(ref.list.title)])
            } ?? .null,
            "item": d.decidedBy.map { .object(["id": .string($0.itemID), "title": .string($0.title)]) } ?? .null,
            "basis": .array(d.basis.map(DecisionJSONValue.string)),
            "fine": d.fine.map(fine) ?? .null,
            "weights": d.weights.map(weights) ?? .null,
            "followUp": .object(["education": .bool(d.followUp.education), "commitment": .bool(d.followUp.commitment),
                                 "rectifyDays": d.followUp.rectifyDays.map { .number(String($0)) } ?? .null,
                                 "rectify": .bool(d.followUp.rectify), "writtenDecision": .bool(d.followUp.writtenDecision),
                                 "guardianDiscipline": .bool(d.followUp.guardianDiscipline),
                                 "guardianCustody": .bool(d.followUp.guardianCustody),
                                 "basis": .object(d.followUpBasis.mapValues { .array($0.map(DecisionJSONValue.string)) })]),
            "missing": .array(d.missing.map(DecisionJSONValue.string)),
            "conflict": d.conflict.map { c in
                .object(["items": .array(c.items.map { .object(["list": .string($0.list.listID), "version": .string($0.list.effective.description),
                                                                 "item": .string($0.itemID)]) }),
                         "message": .string(c.message), "messageZh": .string(c.messageZh)])
            } ?? .null,
            "coercion": d.coercion.map { c in
                .object(["status": .string(c.status.rawValue), "mandatory": .bool(c.mandatory),
                         "list": c.item.map { .string($0.list.listID) } ?? .null, "item": c.item.map { .string($0.itemID) } ?? .null,
                         "basis": .array(c.basis.map(DecisionJSONValue.string)), "missing": .array(c.missing.map(DecisionJSONValue.string))])
            } ?? .null,
            "timeBarred": d.timeBarred.map(DecisionJSONValue.bool) ?? .null,
            "versionChoice": d.versionChoice.map(DecisionJSONValue.string) ?? .null,
            "versionChoiceZh": d.versionChoiceZh.map(DecisionJSONValue.string) ?? .null,
            "notes": .array(d.notes.map(DecisionJSONValue.string)),
            "notesZh": .array(d.notesZh.map(DecisionJSONValue.string)),
            "trace": .array(d.trace.map(trace)),
            "factsUsed": .object(d.factsUsed.mapValues(fact)),
            "derived": .array(d.derived.map { f in
                .object(["fact": .string(f.fact), "value": fact(f.value), "rule": .string(f.rule), "document": .string(f.document),
                         "basis": .array(f.basis.map(DecisionJSONValue.string)), "label": f.label.map(DecisionJSONValue.string) ?? .null,
                         "replaced": f.replaced.map(fact) ?? .null])
            }),
            "presumed": .array(d.presumed.map { p in
                .object(["fact": .string(p.fact), "value": fact(p.value), "basis": .array(p.basis.map(DecisionJSONValue.string)),
                         "label": .string(p.label), "labelEn": p.labelEn.map(DecisionJSONValue.string) ?? .null])
            }),
        ])
    }

    static func fine(_ f: FineRange) -> DecisionJSONValue {
        .object(["min": .string(f.min.yuanString), "max": f.maxUnbounded ? .null : .string(f.max.yuanString), "minInclusive": .bool(f.minInclusive),
                 "maxInclusive": .bool(f.maxInclusive), "tier": .string(f.tier), "standard": .string(f.standardID),
                 "standardVersion": .string(f.standardEffective.description), "document": .string(f.standardDocument),
                 "note": f.note.map(DecisionJSONValue.string) ?? .null])
    }

    /// Model D: the weight-accumulation computation, percentages as text (`7%`), money in yuan.
    static func weights(_ w: WeightedFine) -> DecisionJSONValue {
        .object(["standard": .string(w.standardID), "standardVersion": .string(w.standardEffective.description),
                 "start": .string(w.start.percentText), "base": .string(w.base.rawValue),
                 "factors": .array(w.factors.map { f in
                     .object(["factor": .string(f.factor), "label": .string(f.label), "labelEn": f.labelEn.map(DecisionJSONValue.string) ?? .null,
                              "level": f.level.map(DecisionJSONValue.string) ?? .null, "weight": .string(f.weight.percentText),
                              "status": .string(f.status.rawValue), "unknown": .array(f.unknown.map(DecisionJSONValue.string))])
                 }),
                 "sum": .string(w.sum.percentText), "applied": .string(w.applied.percentText),
                 "floor": w.floorApplied.map { .string($0.percentText) } ?? .null,
                 "statutoryMin": .string(w.statutoryMin.yuanString), "statutoryMax": .string(w.statutoryMax.yuanString),
                 "amount": .string(w.amount.yuanString), "raisedToMinimum": .bool(w.raisedToMinimum),
                 "rounding": .string("down-to-fen")])
    }

    static func trace(_ e: TraceEntry) -> DecisionJSONValue {
        var fields: [String: DecisionJSONValue] = ["kind": .string(e.kind.rawValue), "list": .string(e.listID), "version": .string(e.listEffective.description),
                 "document": .string(e.document), "item": .string(e.itemID), "title": .string(e.title), "status": .string(e.status.rawValue),
                 "outcome": e.outcome.map { .string($0.rawValue) } ?? .null, "mandatory": .bool(e.mandatory), "coercion": .bool(e.coercion),
                 "conditions": .array(e.conditions.map(condition)), "exclusions": .array(e.exclusions.map(condition)),
                 "region": e.region.map(condition) ?? .null,
                 "deciding": .array(e.deciding.map(DecisionJSONValue.string)), "citations": .array(e.citations.map(DecisionJSONValue.string)),
                 "unverified": .bool(e.unverified), "notes": .array(e.notes.map(DecisionJSONValue.string)),
                 "notesZh": .array(e.notesZh.map(DecisionJSONValue.string))]
        // Only engine-made entries (limitation periods) carry an English title; rule titles are the rules' own words.
        if let titleEn = e.titleEn { fields["titleEn"] = .string(titleEn) }
        return .object(fields)
    }

    static func condition(_ c: ConditionResult) -> DecisionJSONValue {
        var values: [String: DecisionJSONValue] = [:]
        var origins: [String: DecisionJSONValue] = [:]
        for reading in c.values {
            values[reading.name] = reading.value.map(fact) ?? .null
            if let origin = reading.origin { origins[reading.name] = .string(originName(origin)) }
        }
        return .object(["expression": .string(c.source), "label": c.label.map(DecisionJSONValue.string) ?? .null,
                        "truth": .string(c.truth.description), "values": .object(values), "origins": .object(origins)])
    }

    /// `presumed`, `derived:<rule id>`, `not-applicable`.
    static func originName(_ origin: FactOrigin) -> String {
        switch origin {
        case .presumed: "presumed"
        case .derived(let rule): "derived:\(rule)"
        case .notApplicable: "not-applicable"
        }
    }

    /// A fact value: booleans and whole numbers as JSON, money as a yuan string, the rest as text.
    static func fact(_ v: FactValue) -> DecisionJSONValue {
        switch v {
        case .boolean(let b): .bool(b)
        case .integer(let i), .duration(let i): .number(String(i))
        case .decimal(let d): .number(d.description)
        case .money(let m): .string(m.yuanString)
        case .date(let d): .string(d.description)
        case .enumeration(let e), .text(let e): .string(e)
        }
    }
}

/// A JSON value written with sorted keys, so output is deterministic.
public indirect enum DecisionJSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    /// A number, already formatted.
    case number(String)
    case string(String)
    case array([DecisionJSONValue])
    case object([String: DecisionJSONValue])

    /// Appends the value, pretty-printed with two-space indentation.
    public func write(to out: inout String, indent: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += n
        case .string(let s): DecisionJSONValue.quote(s, into: &out)
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += String(repeating: " ", count: indent + 2)
                item.write(to: &out, indent: indent + 2)
                out += i < items.count - 1 ? ",\n" : "\n"
            }
            out += String(repeating: " ", count: indent) + "]"
        case .object(let fields):
            guard !fields.isEmpty else { out += "{}"; return }
            out += "{\n"
            let keys = fields.keys.sorted()
            for (i, key) in keys.enumerated() {
                out += String(repeating: " ", count: indent + 2)
                DecisionJSONValue.quote(key, into: &out)
                out += ": "
                fields[key]?.write(to: &out, indent: indent + 2)
                out += i < keys.count - 1 ? ",\n" : "\n"
            }
            out += String(repeating: " ", count: indent) + "}"
        }
    }

    /// The value without whitespace, keys sorted (one line of JSON Lines).
    public func writeCompact(to out: inout String) {
        switch self {
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                item.writeCompact(to: &out)
            }
            out += "]"
        case .object(let fields):
            out += "{"
            for (i, key) in fields.keys.sorted().enumerated() {
                if i > 0 { out += "," }
                DecisionJSONValue.quote(key, into: &out)
                out += ":"
                fields[key]?.writeCompact(to: &out)
            }
            out += "}"
        default:
            write(to: &out, indent: 0)
        }
    }

    static func quote(_ text: String, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
