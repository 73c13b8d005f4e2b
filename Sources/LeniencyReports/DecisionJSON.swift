public import LeniencyEngine
import LeniencyCatalog
import LeniencyCore

/// Renders decisions as stable JSON (documented in docs/CHECK-OUTPUT.md): keys sorted, money as yuan strings.
public enum DecisionJSON {
    /// One decision as a JSON object, or several as an array; pretty-printed, ending in a newline.
    public static func render(_ decisions: [Decision], asArray: Bool? = nil) -> String {
        var writer = JSONByteWriter(pretty: true)
        if asArray ?? (decisions.count != 1) {
            writer.beginArray()
            for decision in decisions {
                writer.element()
                write(decision, to: &writer)
            }
            writer.endArray()
        } else {
            write(decisions[0], to: &writer)
        }
        writer.raw(UInt8(ascii: "\n"))
        return String(decoding: writer.out, as: UTF8.self)
    }

    /// One decision as one line of JSON Lines (`--format jsonl`): the object of `render`, without line breaks.
    public static func line(_ decision: Decision) -> String {
        String(decoding: lineBytes(decision), as: UTF8.self)
    }

    /// The UTF-8 of `line(decision)`.
    public static func lineBytes(_ decision: Decision) -> [UInt8] {
        var writer = JSONByteWriter(pretty: false)
        write(decision, to: &writer)
        writer.raw(UInt8(ascii: "\n"))
        return writer.out
    }

    /// One element of an array printed a decision at a time, after `arrayStart` or `arraySeparator`: together
    /// exactly the text `render` gives the whole array.
    public static func arrayItem(_ decision: Decision) -> String {
        String(decoding: arrayItemBytes(decision), as: UTF8.self)
    }

    /// The UTF-8 of `arrayItem(decision)`.
    public static func arrayItemBytes(_ decision: Decision) -> [UInt8] {
        var writer = JSONByteWriter(pretty: true, indent: 2)
        write(decision, to: &writer)
        return writer.out
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
            "conflict": d.conflict.map(conflict) ?? .null,
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
            "derived": .array(d.derived.map(derived)),
            "presumed": .array(d.presumed.map(presumed)),
        ])
    }

    static func conflict(_ c: DecisionConflict) -> DecisionJSONValue {
        .object(["items": .array(c.items.map { .object(["list": .string($0.list.listID), "version": .string($0.list.effective.description),
                                                         "item": .string($0.itemID)]) }),
                 "message": .string(c.message), "messageZh": .string(c.messageZh)])
    }

    static func derived(_ f: DerivedFact) -> DecisionJSONValue {
        .object(["fact": .string(f.fact), "value": fact(f.value), "rule": .string(f.rule), "document": .string(f.document),
                 "basis": .array(f.basis.map(DecisionJSONValue.string)), "label": f.label.map(DecisionJSONValue.string) ?? .null,
                 "replaced": f.replaced.map(fact) ?? .null])
    }

    static func presumed(_ p: PresumedFact) -> DecisionJSONValue {
        .object(["fact": .string(p.fact), "value": fact(p.value), "basis": .array(p.basis.map(DecisionJSONValue.string)),
                 "label": .string(p.label), "labelEn": p.labelEn.map(DecisionJSONValue.string) ?? .null])
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
        var bytes: [UInt8] = []
        write(to: &bytes, indent: indent)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// The value without whitespace, keys sorted (one line of JSON Lines).
    public func writeCompact(to out: inout String) {
        var bytes: [UInt8] = []
        writeCompact(to: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the value's UTF-8, pretty-printed with two-space indentation (the bytes `write(to:indent:)` gives).
    public func write(to out: inout [UInt8], indent: Int) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: b ? "true".utf8 : "false".utf8)
        case .number(let n): out.append(contentsOf: n.utf8)
        case .string(let s): DecisionJSONValue.quote(s, into: &out)
        case .array(let items):
            guard !items.isEmpty else { out.append(contentsOf: "[]".utf8); return }
            out.append(contentsOf: "[\n".utf8)
            for (i, item) in items.enumerated() {
                Self.spaces(indent + 2, into: &out)
                item.write(to: &out, indent: indent + 2)
                out.append(contentsOf: i < items.count - 1 ? ",\n".utf8 : "\n".utf8)
            }
            Self.spaces(indent, into: &out)
            out.append(UInt8(ascii: "]"))
        case .object(let fields):
            guard !fields.isEmpty else { out.append(contentsOf: "{}".utf8); return }
            out.append(contentsOf: "{\n".utf8)
            let sorted = fields.sorted { $0.key < $1.key }
            for (i, field) in sorted.enumerated() {
                Self.spaces(indent + 2, into: &out)
                DecisionJSONValue.quote(field.key, into: &out)
                out.append(contentsOf: ": ".utf8)
                field.value.write(to: &out, indent: indent + 2)
                out.append(contentsOf: i < sorted.count - 1 ? ",\n".utf8 : "\n".utf8)
            }
            Self.spaces(indent, into: &out)
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Appends the value's UTF-8 without whitespace, keys sorted (the bytes `writeCompact(to:)` gives).
    public func writeCompact(to out: inout [UInt8]) {
        switch self {
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                item.writeCompact(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let fields):
            out.append(UInt8(ascii: "{"))
            for (i, field) in fields.sorted(by: { $0.key < $1.key }).enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                DecisionJSONValue.quote(field.key, into: &out)
                out.append(UInt8(ascii: ":"))
                field.value.writeCompact(to: &out)
            }
            out.append(UInt8(ascii: "}"))
        default:
            write(to: &out, indent: 0)
        }
    }

    private static func spaces(_ count: Int, into out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
    }

    static func quote(_ text: String, into out: inout String) {
        var bytes: [UInt8] = []
        quote(text, into: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text` as a JSON string. Works on UTF-8 bytes: every byte of a multi-byte sequence is ≥ 0x80, so only
    /// ASCII bytes can need escaping; eight bytes at a time are checked for one, and runs without are copied whole.
    static func quote(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            let count = bytes.count
            var run = 0
            var index = 0
            while index < count {
                if index + 8 <= count, !mayNeedEscape(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                    index += 8
                    continue
                }
                let byte = base[index]
                index += 1
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                out.append(contentsOf: UnsafeBufferPointer(start: base + run, count: index - 1 - run))
                run = index
                switch byte {
                case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
                case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
                case UInt8(ascii: "\n"): out.append(contentsOf: "\\n".utf8)
                case UInt8(ascii: "\r"): out.append(contentsOf: "\\r".utf8)
                case UInt8(ascii: "\t"): out.append(contentsOf: "\\t".utf8)
                default:
                    out.append(contentsOf: "\\u00".utf8)
                    out.append(hexDigit(byte >> 4))
                    out.append(hexDigit(byte & 0xF))
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(start: base + run, count: count - run))
        }
        out.append(UInt8(ascii: "\""))
    }

    /// The lowercase hexadecimal digit of `value` (0...15).
    static func hexDigit(_ value: UInt8) -> UInt8 { value < 10 ? 48 + value : 87 + value }

    /// True when one of the eight bytes of `word` is below 0x20, a quotation mark or a reverse solidus (the
    /// "has less than" and "has zero byte" tests of Bit Twiddling Hacks; exact for "any byte").
    @inline(__always)
    static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let control = (word &- ones &* 0x20) & ~word
        return (control | ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)) & highs != 0
    }
}
