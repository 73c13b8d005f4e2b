import LeniencyCatalog
import LeniencyCore
public import LeniencyEngine

/// JSON text written straight to UTF-8 bytes, compact or pretty, byte for byte as `DecisionJSONValue` writes the same
/// value: the caller gives object keys in sorted order, so no dictionary is built, hashed or sorted.
struct JSONByteWriter {
    /// The text so far.
    var out: [UInt8] = []
    /// Pretty-printed (two-space indentation) or compact.
    let pretty: Bool
    /// Indentation of the current container's members.
    private var indent: Int
    /// Bit n: the container open at depth n has a member (decisions nest a few levels; deeper values are written by
    /// `DecisionJSONValue`).
    private var nonEmpty: UInt64 = 0
    private var depth = 0

    init(pretty: Bool, indent: Int = 0, capacity: Int = 2048) {
        self.pretty = pretty
        self.indent = indent
        out.reserveCapacity(capacity)
    }

    mutating func beginObject() { open(UInt8(ascii: "{")) }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { open(UInt8(ascii: "[")) }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Starts the next member of the current object; `name` is a fixed key that needs no escaping.
    mutating func key(_ name: StaticString) {
        member()
        out.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { out.append(contentsOf: $0) }
        out.append(UInt8(ascii: "\""))
        separator()
    }

    /// Starts the next member of the current object, named by data.
    mutating func key(text name: String) {
        member()
        DecisionJSONValue.quote(name, into: &out)
        separator()
    }

    private mutating func separator() {
        if pretty { out.append(contentsOf: ": ".utf8) } else { out.append(UInt8(ascii: ":")) }
    }

    /// Starts the next element of the current array.
    mutating func element() { member() }

    mutating func string(_ text: String) { DecisionJSONValue.quote(text, into: &out) }
    mutating func string(_ text: String?) { if let text { string(text) } else { null() } }
    mutating func bool(_ value: Bool) { out.append(contentsOf: value ? "true".utf8 : "false".utf8) }
    mutating func bool(_ value: Bool?) { if let value { bool(value) } else { null() } }
    mutating func null() { out.append(contentsOf: "null".utf8) }

    /// An array of strings.
    mutating func strings(_ texts: [String]) {
        beginArray()
        for text in texts {
            element()
            string(text)
        }
        endArray()
    }

    /// A value built as a `DecisionJSONValue`, written at the current position.
    mutating func value(_ value: DecisionJSONValue) {
        if pretty { value.write(to: &out, indent: indent) } else { value.writeCompact(to: &out) }
    }

    private mutating func open(_ bracket: UInt8) {
        precondition(depth < 63, "JSONByteWriter nests at most 63 containers")
        out.append(bracket)
        depth += 1
        nonEmpty &= ~(1 << depth)
        indent += 2
    }

    private mutating func close(_ bracket: UInt8) {
        indent -= 2
        if nonEmpty & (1 << depth) != 0, pretty { newline() }
        depth -= 1
        out.append(bracket)
    }

    private mutating func member() {
        if nonEmpty & (1 << depth) != 0 { out.append(UInt8(ascii: ",")) } else { nonEmpty |= 1 << depth }
        if pretty { newline() }
    }

    private mutating func newline() {
        out.append(UInt8(ascii: "\n"))
        for _ in 0..<indent { out.append(UInt8(ascii: " ")) }
    }
}

extension DecisionJSON {
    /// Writes `object(decision)` without building it; keys in the sorted order the tree writer gives
    /// (`DecisionJSONWriterTests` compares both on every example case).
    static func write(_ d: Decision, to w: inout JSONByteWriter) {
        w.beginObject()
        w.key("alsoAllows")
        w.beginArray()
        for outcome in d.alsoAllows {
            w.element()
            w.string(outcome.rawValue)
        }
        w.endArray()
        w.key("basis")
        w.strings(d.basis)
        w.key("case")
        w.string(d.caseID)
        w.key("coercion")
        if let c = d.coercion {
            w.beginObject()
            w.key("basis")
            w.strings(c.basis)
            w.key("item")
            w.string(c.item?.itemID)
            w.key("list")
            w.string(c.item?.list.listID)
            w.key("mandatory")
            w.bool(c.mandatory)
            w.key("missing")
            w.strings(c.missing)
            w.key("status")
            w.string(c.status.rawValue)
            w.endObject()
        } else {
            w.null()
        }
        w.key("conflict")
        if let c = d.conflict { w.value(conflict(c)) } else { w.null() }
        w.key("derived")
        w.beginArray()
        for fact in d.derived {
            w.element()
            w.value(derived(fact))
        }
        w.endArray()
        w.key("factsUsed")
        if d.factsUsed.isEmpty { w.beginObject(); w.endObject() } else { w.value(.object(d.factsUsed.mapValues(fact))) }
        w.key("fine")
        if let f = d.fine {
            w.beginObject()
            w.key("document")
            w.string(f.standardDocument)
            w.key("max")
            w.string(f.maxUnbounded ? nil : f.max.yuanString)
            w.key("maxInclusive")
            w.bool(f.maxInclusive)
            w.key("min")
            w.string(f.min.yuanString)
            w.key("minInclusive")
            w.bool(f.minInclusive)
            w.key("note")
            w.string(f.note)
            w.key("standard")
            w.string(f.standardID)
            w.key("standardVersion")
            w.string(f.standardEffective.description)
            w.key("tier")
            w.string(f.tier)
            w.endObject()
        } else {
            w.null()
        }
        w.key("followUp")
        w.beginObject()
        w.key("basis")
        w.beginObject()
        for duty in d.followUpBasis.count > 1 ? d.followUpBasis.keys.sorted() : Array(d.followUpBasis.keys) {
            w.key(text: duty)
            w.strings(d.followUpBasis[duty] ?? [])
        }
        w.endObject()
        w.key("commitment")
        w.bool(d.followUp.commitment)
        w.key("education")
        w.bool(d.followUp.education)
        w.key("guardianCustody")
        w.bool(d.followUp.guardianCustody)
        w.key("guardianDiscipline")
        w.bool(d.followUp.guardianDiscipline)
        w.key("rectify")
        w.bool(d.followUp.rectify)
        w.key("rectifyDays")
        if let days = d.followUp.rectifyDays { w.value(.number(String(days))) } else { w.null() }
        w.key("writtenDecision")
        w.bool(d.followUp.writtenDecision)
        w.endObject()
        w.key("item")
        if let ref = d.decidedBy {
            w.beginObject()
            w.key("id")
            w.string(ref.itemID)
            w.key("title")
            w.string(ref.title)
            w.endObject()
        } else {
            w.null()
        }
        w.key("list")
        if let ref = d.decidedBy {
            w.beginObject()
            w.key("document")
            w.string(ref.list.document)
            w.key("id")
            w.string(ref.list.listID)
            w.key("title")
            w.string(ref.list.title)
            w.key("version")
            w.string(ref.list.effective.description)
            w.endObject()
        } else {
            w.null()
        }
        w.key("mandatory")
        w.bool(d.mandatory)
        w.key("missing")
        w.strings(d.missing)
        w.key("notes")
        w.strings(d.notes)
        w.key("notesZh")
        w.strings(d.notesZh)
        w.key("outcome")
        w.string(d.outcome.rawValue)
        w.key("presumed")
        w.beginArray()
        for fact in d.presumed {
            w.element()
            w.value(presumed(fact))
        }
        w.endArray()
        w.key("timeBarred")
        w.bool(d.timeBarred)
        w.key("trace")
        w.beginArray()
        for entry in d.trace {
            w.element()
            w.value(trace(entry))
        }
        w.endArray()
        w.key("versionChoice")
        w.string(d.versionChoice)
        w.key("versionChoiceZh")
        w.string(d.versionChoiceZh)
        w.key("weights")
        if let computation = d.weights { w.value(weights(computation)) } else { w.null() }
        w.endObject()
    }
}
